# Output printed before the failure is flushed; stdout keeps all of it.
for i in range(5):
    print("line", i)
raise SystemError("final") if False else ValueError("done after output")

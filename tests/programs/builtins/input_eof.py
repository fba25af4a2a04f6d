# input() with stdin at end of file raises EOFError.
try:
    line = input()
    print("got", line)
except EOFError as e:
    print("EOFError", repr(str(e)))

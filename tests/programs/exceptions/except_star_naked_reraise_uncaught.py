# A naked exception re-raised from except* leaves as ExceptionGroup('', [exc]).
print("before")
try:
    raise ValueError("naked")
except* ValueError:
    raise

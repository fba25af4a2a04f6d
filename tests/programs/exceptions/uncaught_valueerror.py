# int() of a bad string, uncaught.
print(int("12"))
print(int("twelve"))

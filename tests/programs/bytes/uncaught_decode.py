# An uncaught UnicodeDecodeError ends the program.
data = b'ok \xff not ok'
print(data.decode('latin-1'))
print(data.decode('utf-8'))

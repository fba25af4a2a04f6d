# ARGS: check
x = 1
s = 'été'

# CHECK:STDERR: fail_non_utf8_source.py:3:6: error: Non-UTF-8 code starting with '\xe9' in file fail_non_utf8_source.py on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details [SourceEncoding]
# CHECK:STDERR:     3 | s = 'ï¿½tï¿½'
# CHECK:STDERR:       |      ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1

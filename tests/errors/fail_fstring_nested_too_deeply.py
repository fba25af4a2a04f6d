a = b = c = 1
x = f'{a:{b:{c}}}'

# CHECK:STDERR: fail_fstring_nested_too_deeply.py:2:13: error: f-string: expressions nested too deeply [InvalidFString]
# CHECK:STDERR:     2 | x = f'{a:{b:{c}}}'
# CHECK:STDERR:       |             ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1

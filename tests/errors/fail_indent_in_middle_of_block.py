def f():
    x = 1
        y = 2

# CHECK:STDERR: fail_indent_in_middle_of_block.py:3:9: error: unexpected indent [UnexpectedIndent]
# CHECK:STDERR:     3 |         y = 2
# CHECK:STDERR:       |         ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1

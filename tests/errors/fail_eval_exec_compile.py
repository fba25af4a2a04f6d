# ARGS: build --emit=ir %s
x = 1
print(eval("x + 1"))
exec("y = 2")
def f():
    return compile("1", "<s>", "eval")

# CHECK:STDERR: fail_eval_exec_compile.py:3:7: error: 'eval' is not supported (a compiled program has no Python compiler at run time) [UnsupportedSyntax]
# CHECK:STDERR:     3 | print(eval("x + 1"))
# CHECK:STDERR:       |       ^~~~
# CHECK:STDERR: fail_eval_exec_compile.py:4:1: error: 'exec' is not supported (a compiled program has no Python compiler at run time) [UnsupportedSyntax]
# CHECK:STDERR:     4 | exec("y = 2")
# CHECK:STDERR:       | ^~~~
# CHECK:STDERR: fail_eval_exec_compile.py:6:12: error: 'compile' is not supported (a compiled program has no Python compiler at run time) [UnsupportedSyntax]
# CHECK:STDERR:     6 |     return compile("1", "<s>", "eval")
# CHECK:STDERR:       |            ^~~~~~~
# CHECK:STDERR: 3 errors generated.
# CHECK:EXIT: 1

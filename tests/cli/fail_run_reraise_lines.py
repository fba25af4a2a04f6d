# ARGS: run %s
"""Re-raising keeps the line where the exception was caught: a bare `raise`,
an unmatched except clause, the end of a finally and of a with body record
the raising line of each frame, as CPython's traceback shows (recursion
included)."""


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def f(n):
    if n == 0:
        raise KeyError("deep")
    try:
        f(n - 1)
    except ValueError:
        pass


def g():
    with CM():
        try:
            f(2)
        finally:
            print("finally")


try:
    g()
except KeyError:
    print("caught")
    raise

# CHECK:STDOUT: finally
# CHECK:STDOUT: caught
# CHECK:STDERR: Traceback (most recent call last):
# CHECK:STDERR:   File "fail_run_reraise_lines.py", line 34, in <module>
# CHECK:STDERR:     g()
# CHECK:STDERR:   File "fail_run_reraise_lines.py", line 28, in g
# CHECK:STDERR:     f(2)
# CHECK:STDERR:   File "fail_run_reraise_lines.py", line 20, in f
# CHECK:STDERR:     f(n - 1)
# CHECK:STDERR:   File "fail_run_reraise_lines.py", line 20, in f
# CHECK:STDERR:     f(n - 1)
# CHECK:STDERR:   File "fail_run_reraise_lines.py", line 18, in f
# CHECK:STDERR:     raise KeyError("deep")
# CHECK:STDERR: KeyError: 'deep'
# CHECK:EXIT: 1

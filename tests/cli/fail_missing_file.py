# ARGS: check %s.missing
"""The driver given a path that does not exist: a user error, reported
without a source location."""

# CHECK:STDERR: taipan: error: cannot open 'fail_missing_file.py.missing': No such file or directory [FileNotFound]
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1

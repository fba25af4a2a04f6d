# ARGS: check %s %s.missing
"""check with two files: the first is fine, the second is missing; exit status 1."""

# CHECK:STDERR: taipan: error: cannot open 'fail_second_file_missing.py.missing': No such file or directory [FileNotFound]
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1

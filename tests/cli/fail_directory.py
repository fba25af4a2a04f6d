# ARGS: check %d
"""The driver given a directory instead of a file."""

# CHECK:STDERR: taipan: error: '.' is a directory, not a Python source file [NotAFile]
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1

# ARGS: build -o %s.out
"""No FILE at all: a usage error (exit status 2)."""

# CHECK:STDERR: taipan: error: no input file
# CHECK:STDERR: run 'taipan --help' for usage
# CHECK:EXIT: 2

# ARGS: build --emit=ast %s -o %d
"""An output path that is a directory: nothing is written, exit status 1."""

# CHECK:STDERR: taipan: error: cannot write '.': is a directory [OutputUnwritable]
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1

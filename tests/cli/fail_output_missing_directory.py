# ARGS: build --emit=ast %s -o no/such/dir/out.txt
"""An output path in a directory that does not exist."""

# CHECK:STDERR: taipan: error: cannot write 'no/such/dir/out.txt': No such file or directory [OutputUnwritable]
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1

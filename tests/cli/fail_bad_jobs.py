# ARGS: build %s -j 0
"""-j needs a positive number."""

# CHECK:STDERR: taipan: error: invalid value '0' for option '-j' (expected a positive number)
# CHECK:STDERR: run 'taipan --help' for usage
# CHECK:EXIT: 2

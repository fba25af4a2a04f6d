# ARGS: build %s -O9
"""An optimisation level that does not exist."""

# CHECK:STDERR: taipan: error: invalid optimisation level '-O9' (expected -O0, -O1, -O2 or -O3)
# CHECK:STDERR: run 'taipan --help' for usage
# CHECK:EXIT: 2

# ARGS: build %s -o
"""An option without its value."""

# CHECK:STDERR: taipan: error: option '-o' needs a value
# CHECK:STDERR: run 'taipan --help' for usage
# CHECK:EXIT: 2

# ARGS: check --no-such-option %s
"""An unknown option is a bad invocation: exit status 2."""

# CHECK:STDERR: taipan: error: unknown option '--no-such-option'
# CHECK:STDERR: run 'taipan --help' for usage
# CHECK:EXIT: 2

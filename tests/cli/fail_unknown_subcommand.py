# ARGS: frobnicate %s
"""An unknown subcommand is a bad invocation: exit status 2."""

# CHECK:STDERR: taipan: error: unknown command 'frobnicate' (commands: run, build, check)
# CHECK:STDERR: run 'taipan --help' for usage
# CHECK:EXIT: 2

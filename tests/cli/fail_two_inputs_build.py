# ARGS: build %s %s
"""build takes one FILE: a second one is a usage error."""

# CHECK:STDERR: taipan: error: unexpected argument 'fail_two_inputs_build.py'
# CHECK:STDERR: run 'taipan --help' for usage
# CHECK:EXIT: 2

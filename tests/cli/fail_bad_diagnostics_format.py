# ARGS: check %s --diagnostics-format=xml
"""An unknown diagnostics format."""

# CHECK:STDERR: taipan: error: invalid value 'xml' for --diagnostics-format (expected text or json)
# CHECK:STDERR: run 'taipan --help' for usage
# CHECK:EXIT: 2

# ARGS: build -march=pentium %s
"""-march accepts native and the x86-64 levels only: anything else is a bad invocation."""

# CHECK:STDERR: taipan: error: invalid value 'pentium' for -march (expected native, x86-64, x86-64-v2, x86-64-v3 or x86-64-v4)
# CHECK:STDERR: run 'taipan --help' for usage
# CHECK:EXIT: 2

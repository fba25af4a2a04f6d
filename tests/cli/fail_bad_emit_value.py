# ARGS: check --emit=bogus %s
"""An invalid --emit value is a bad invocation: exit status 2."""

# CHECK:STDERR: taipan: error: invalid value 'bogus' for --emit (expected tokens, ast, scopes, ir, llvm, asm or obj)
# CHECK:STDERR: run 'taipan --help' for usage
# CHECK:EXIT: 2

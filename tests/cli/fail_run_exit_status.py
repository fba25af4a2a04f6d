# ARGS: run %s one --two
"""`taipan run` passes everything after FILE to the program (even options),
and the program's exit status becomes taipan's."""
import sys

print(sys.argv[1:])
sys.exit(3)

# CHECK:STDOUT: ['one', '--two']
# CHECK:EXIT: 3

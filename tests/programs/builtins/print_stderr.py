# print(file=sys.stderr) does not appear on stdout; flush=True is accepted.
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("out again", file=sys.stdout)

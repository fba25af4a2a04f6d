# SystemExit can be caught like any exception.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    sys.exit("msg")
except SystemExit as e:
    print("caught", repr(e.code))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
sys.exit(2)

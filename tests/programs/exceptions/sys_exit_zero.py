# sys.exit() and sys.exit(0) exit successfully; finally blocks still run.
import sys
try:
    print("in try")
    sys.exit(0)
finally:
    print("finally runs on exit")

# SystemExit with an int code: the status is the code and nothing is printed to stderr.
import sys
print("before exit")
sys.exit(3)

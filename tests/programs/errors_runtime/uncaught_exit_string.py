# sys.exit with a non-int object prints it to stderr and exits with status 1.
import sys
print("failing")
sys.exit(["not", "an", "int"])

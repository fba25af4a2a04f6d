# sys.exit("message") prints the message on stderr and exits with 1.
import sys
print("about to fail")
sys.exit("fatal: configuration missing")

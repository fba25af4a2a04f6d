# sys.exit() with no argument exits with status 0 after flushing output.
import sys
print("done")
sys.exit()
print("never")

# ARGS: check
# -*- coding: bogus-codec -*-
x = 1

# CHECK:STDERR: fail_unknown_encoding.py:2:1: error: encoding problem: bogus-codec [SourceEncoding]
# CHECK:STDERR:     2 | # -*- coding: bogus-codec -*-
# CHECK:STDERR:       | ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1

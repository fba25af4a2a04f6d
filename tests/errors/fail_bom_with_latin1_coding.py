# -*- coding: latin-1 -*-
x = 1

# CHECK:STDERR: fail_bom_with_latin1_coding.py:1:1: error: encoding problem: iso-8859-1 with BOM [SourceEncoding]
# CHECK:STDERR:     1 | # -*- coding: latin-1 -*-
# CHECK:STDERR:       | ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1

# ARGS: check
if x:
	y = 1
        z = 2

# CHECK:STDERR: fail_tab_error.py:4:1: error: inconsistent use of tabs and spaces in indentation [InconsistentTabs]
# CHECK:STDERR:     4 |         z = 2
# CHECK:STDERR:       | ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1

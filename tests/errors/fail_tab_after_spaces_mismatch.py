if True:
        x = 1
	y = 2

# CHECK:STDERR: fail_tab_after_spaces_mismatch.py:3:1: error: inconsistent use of tabs and spaces in indentation [InconsistentTabs]
# CHECK:STDERR:     3 |         y = 2
# CHECK:STDERR:       | ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1

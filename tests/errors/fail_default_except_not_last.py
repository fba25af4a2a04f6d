# ARGS: check
try:
    pass
except:
    pass
except ValueError:
    pass

# CHECK:STDERR: fail_default_except_not_last.py:4:1: error: default 'except:' must be last [DefaultExceptNotLast]
# CHECK:STDERR:     4 | except:
# CHECK:STDERR:       | ^~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1

# ARGS: check
nonlocal x

# CHECK:STDERR: fail_nonlocal_module_level.py:2:1: error: nonlocal declaration not allowed at module level [NonlocalAtModuleLevel]
# CHECK:STDERR:     2 | nonlocal x
# CHECK:STDERR:       | ^~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1

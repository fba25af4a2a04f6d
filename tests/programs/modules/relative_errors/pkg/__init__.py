try:
    from ... import toplevel
except ImportError as e:
    result = "pkg: " + str(e)

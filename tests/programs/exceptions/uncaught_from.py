# raise from, uncaught: the final line names the outer exception.
try:
    [][0]
except IndexError as e:
    raise LookupError("wrapped") from e

# raise ... from ... sets __cause__.
class ConfigError(Exception):
    pass

def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError("missing setting " + key) from e

try:
    load({}, "port")
except ConfigError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("context")
except ValueError as e:
    print(e, type(e.__context__).__name__)

# An uncaught exception with an explicit cause: the last line is the outer exception.
def load(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise RuntimeError("config incomplete") from e
print(load({"port": 80}))
load({})

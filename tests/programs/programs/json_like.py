# A tiny recursive serializer for nested data.
def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = []
        for k, x in v.items():
            items.append(pad + "  " + repr(k) + ": " + dump(x, indent + 1))
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        return "[" + ", ".join([dump(x, indent) for x in v]) + "]"
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    return repr(v)

data = {"name": "taipan", "version": [0, 3], "flags": {"fast": True, "debug": False},
        "extra": None, "ratio": 0.75, "empty": {}}
print(dump(data))

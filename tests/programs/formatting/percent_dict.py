# % with a mapping.
data = {"name": "Ada", "year": 1815}
print("%(name)s was born in %(year)d" % data)
print("%(year)08d" % data)

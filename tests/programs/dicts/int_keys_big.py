# Many int keys: growth keeps insertion order and lookups right.
d = {}
for i in range(1000):
    d[i * 7919 % 1009] = i
print(len(d), d[0], d[1], d[1008])
keys = list(d)
print(keys[:10], keys[-5:])
for i in range(0, 1000, 2):
    if i in d:
        del d[i]
print(len(d), list(d)[:8])

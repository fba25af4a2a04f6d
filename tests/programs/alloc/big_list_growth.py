# Lists that grow past a megabyte of items by append, insert and extend:
# each growth copies the items into a new array and clears only the rest,
# so every item must survive every growth and the collections in between.


def churn() -> int:
    # Garbage enough to start a collection.
    t = 0
    for k in range(20000):
        t += len([k, k + 1, str(k)])
    return t


out = []
for i in range(400000):
    if i % 3 == 0:
        out.append(str(i))
    elif i % 3 == 1:
        out.append([i])
    else:
        out.append(i * 1.5)
    if i % 100000 == 0:
        churn()
print(len(out), out[0], out[1], out[2], out[-1], out[-2], out[-3])
print(sum(len(x) for x in out if isinstance(x, str)))
print(sum(x[0] for x in out if isinstance(x, list)))
print(sum(x for x in out if isinstance(x, float)))

front = []
for i in range(150000):
    front.insert(0, i) if i < 200 else front.append(-i)
churn()
print(len(front), front[:3], front[198:202], front[-1])

ext = []
chunk = ["abc", "def", None, (1, 2)]
for _ in range(70000):
    ext.extend(chunk)
churn()
print(len(ext), ext.count(None), ext.count("abc"), ext[-1], ext.index((1, 2)))
ext2 = ext + ext
ext2 *= 2
print(len(ext2), ext2.count((1, 2)))

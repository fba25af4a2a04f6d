# bytes search methods: count, find/rfind, index/rindex with ranges and int arguments.
b = b'hello world'
print(b.count(b'o'), b.count(b'l', 3, -1), b.count(b''), b.count(111), b.find(b'o'), b.rfind(b'o'), b.find(b'o', 5), b.find(b'o', 5, 7))
print(b.index(b'w'), b.rindex(b'l'), b.find(111), b.find(b'zz'), b.rfind(b''), b.find(b'', 20), b.find(b'l', -3))
for f in [lambda: b.index(b'zz'), lambda: b.rindex(120), lambda: b.find('o'), lambda: b.count(300)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# bytearray mutation methods: append, extend, insert, pop, remove, clear, reverse, copy.
ba = bytearray(b'hello')
ba.append(33)
ba.extend(b'??')
ba.extend([1, 2])
ba.extend(x for x in b'gen')
ba.insert(0, 62)
ba.insert(-1, 60)
ba.insert(100, 61)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord('l'))
ba.reverse()
c = ba.copy()
c.append(0)
print(ba, c, ba is c)
ba.clear()
print(ba, len(ba), bool(ba))
for f in [lambda: ba.pop(), lambda: bytearray(b'a').pop(5), lambda: bytearray(b'a').remove(98), lambda: ba.append(256), lambda: ba.append('a'), lambda: ba.extend(5), lambda: ba.extend('ab')]:
    try:
        print(f())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

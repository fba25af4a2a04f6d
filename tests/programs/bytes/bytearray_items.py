# bytearray item and slice assignment and deletion, += and *=.
ba = bytearray(b'abcdef')
ba[0] = 65
ba[-1] = 70
print(ba)
ba[1:3] = b'XYZ'
print(ba)
ba[::2] = b'123'[:len(ba[::2])] if len(ba[::2]) == 3 else bytes(len(ba[::2]))
print(ba)
ba[2:2] = [48, 49]
print(ba)
del ba[0]
del ba[::2]
print(ba)
del ba[1:]
print(ba)
ba += b'end'
ba *= 2
print(ba)
alias = ba
alias += b'!'
print(ba is alias, ba)
for f in [lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(50, 1), lambda: ba.__setitem__(0, 'a'), lambda: ba.__setitem__(slice(0, 1), 5), lambda: ba.__setitem__(slice(None, None, 2), b'x')]:
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

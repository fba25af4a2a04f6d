# bytearray slice assignment and deletion over a grid of slices and values.
base = b'0123456789'
slices = [slice(None), slice(2, 5), slice(5, 2), slice(-3, None), slice(None, None, 2), slice(1, 8, 3), slice(None, None, -1), slice(8, 1, -2), slice(20, 30), slice(-20, 2)]
values = [b'', b'ab', b'abcde', [120, 121], bytearray(b'Z'), memoryview(b'mv')]
for sl in slices:
    for v in values:
        ba = bytearray(base)
        try:
            ba[sl] = v
            print(sl, bytes(v) if not isinstance(v, list) else v, ba)
        except (ValueError, TypeError) as e:
            print(sl, type(e).__name__, e)
    ba = bytearray(base)
    del ba[sl]
    print('del', sl, ba)
for fmt, args in [(b'%d%%', 5), (b'%5s|', b'x'), (b'%-4b|', b'y'), (b'%c', 256), (b'%s', 'str'), (b'%x %X %o', (255, 255, 8)), (b'%(k)d', {b'k': 3}), (b'%s %s', (b'a',)), (b'%i', 1.5), (b'%r', 'é'), (b'%.3f', 2)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

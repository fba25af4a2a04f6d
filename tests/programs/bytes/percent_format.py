# bytes % formatting: %s/%b with bytes, numbers, %r/%a, %c, mappings, widths.
print(b'%s=%d (%5.2f) %x %r %c%c %%' % (b'k', 42, 3.14159, 255, b'q', 65, b'B'))
print(b'%(a)s-%(b)s' % {b'a': b'1', b'b': b'2'}, b'%-5s|%5s|' % (b'ab', b'cd'), b'%.2s' % b'abcdef', b'%b' % bytearray(b'ba'))
print(b'%05d|%+d|%o|%X|%e|%g' % (42, 5, 8, 255, 12345.678, 0.0001), b'%a' % 'é', b'%s' % b'single')
for args in [(1, 2), (), 'str']:
    try:
        print(b'%s %s' % args if args != 'str' else b'%s' % args)
    except TypeError as e:
        print('TypeError:', e)

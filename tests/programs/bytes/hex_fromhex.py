# hex() with separators and bytes.fromhex / bytearray.fromhex.
b = b'\x01\xff\x10\xab\xcd\xef'
print(b.hex(), b.hex(':'), b.hex('-', 2), b.hex(' ', -4), b.hex(b'_', 3), b''.hex(), bytearray(b'\x00\x01').hex())
print(bytes.fromhex('de ad BE EF'), bytearray.fromhex('0a0b'), bytes.fromhex(''), bytes.fromhex(' 01  02 '))
for s in ['zz', '0', '0g', 'abc']:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print('ValueError:', e)

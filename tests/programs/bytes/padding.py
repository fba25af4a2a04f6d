# center/ljust/rjust/zfill/expandtabs on bytes.
print(b'ab'.center(7, b'*'), b'ab'.center(6), b'abc'.center(6, b'-'), b'ab'.ljust(5), b'ab'.rjust(5, b'-'), b'abc'.rjust(2))
print(b'-42'.zfill(6), b'+7'.zfill(4), b'42'.zfill(1), b''.zfill(3))
print(b'a\tb\tc'.expandtabs(), b'a\tb'.expandtabs(4), b'ab\ncd\te'.expandtabs(3), b'\t'.expandtabs(0))
try:
    b'a'.center(5, b'xy')
except TypeError as e:
    print('TypeError:', e)

# strip family, replace, removeprefix/removesuffix, startswith/endswith.
print(b'  x y \t\n'.strip(), b'xxaxx'.lstrip(b'x'), b'xxaxx'.rstrip(b'x'), b'abcba'.strip(b'ab'), b'  x'.lstrip(None))
print(b'aaaa'.replace(b'a', b'b'), b'aaaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2), b'abc'.replace(b'x', b'y'))
print(b'prefix.txt'.removeprefix(b'prefix'), b'prefix.txt'.removesuffix(b'.txt'), b'abc'.removeprefix(b'x'), b'abc'.removesuffix(b''))
print(b'hello'.startswith(b'he'), b'hello'.startswith((b'x', b'hel')), b'hello'.endswith(b'lo', 0, 4), b'hello'.endswith((b'll', b'o')), b'hello'.startswith(b'l', 2))
try:
    b'x'.startswith('x')
except TypeError as e:
    print('TypeError:', e)

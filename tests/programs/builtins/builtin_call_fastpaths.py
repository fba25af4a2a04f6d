# len, ord and isinstance called by name take an inline path while the name
# still means the builtin (decision 0034): every case must match CPython,
# including subclasses, metaclass __instancecheck__, errors and rebinding.
import builtins


class L(list):
    def __len__(self):
        return 42


class S(str):
    pass


class M(type):
    def __instancecheck__(cls, x):
        return x == 7


class Q(metaclass=M):
    pass


def lengths(xs: list, s: str):
    return len(xs), len(s), len(S("abc")), len(L()), len(range(5)), len(b"ab"), len({1: 2}), len(set())


print(lengths([1, 2], "héllo"), len(()), len((1,)), len(""), len("日本"))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance(L(), list), isinstance([], L))
print(isinstance(7, Q), isinstance(8, Q), isinstance(1, (str, int)), isinstance("x", str), isinstance(S(), str))
print(isinstance(2**70, int), isinstance(None, type(None)), isinstance(int, type), isinstance(Q, M))
print(ord("a"), ord("é"), ord("€"), ord("😀"), ord(b"z"), ord(bytearray(b"q")), ord(S("x")), ord("\x00"))
for bad in (lambda: len(5), lambda: ord("ab"), lambda: ord(""), lambda: isinstance(1, 2), lambda: ord(3),
            lambda: len(None), lambda: isinstance(1, (int, "x"))):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)

saved = builtins.len, builtins.ord, builtins.isinstance
builtins.len = lambda x: -1
builtins.ord = lambda x: "ord patched"
builtins.isinstance = lambda x, c: "isinstance patched"
print(len([1]), ord("a"), isinstance(1, int))
builtins.len, builtins.ord, builtins.isinstance = saved
print(len([1]), ord("a"), isinstance(1, int))


class B(bytes):
    pass


for v in (B(b"k"), bytearray(b""), bytearray(b"ab"), B(b"")):
    try:
        print(ord(v))
    except TypeError as e:
        print("TypeError", e)

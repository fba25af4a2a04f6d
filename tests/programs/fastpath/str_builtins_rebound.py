# len/ord/str indexing in a str-processing loop with annotated parameters,
# called with exact strs, str subclasses and other types, and with the
# builtins rebound part-way through (module global, then builtins module).
import builtins
from typing import List


class Upper(str):
    def __getitem__(self, i):
        return str.__getitem__(self, i).upper()

    def __len__(self):
        return 2


def scan(s: str, out: List[str]) -> int:
    n = len(s)
    i = 0
    total = 0
    while i < n:
        ch = s[i]
        code = ord(ch)
        if ch == "a" or code > 0x7E:
            out.append(ch)
        total += code
        i += 1
    return total


def run(label: str) -> None:
    out: List[str] = []
    print(label, scan("banana", out), out)
    out = []
    print(label, scan("caf\u00e9 \u2603", out), out)
    out = []
    print(label, scan(Upper("abcd"), out), out)
    try:
        scan(["a", "b"], out)
        print(label, "list ok", out)
    except (TypeError, IndexError) as e:
        print(label, type(e).__name__, e)


run("plain")
len = lambda x: 3  # noqa: E731 (a module global shadowing the builtin)
run("global len")
del len
real_ord = builtins.ord
builtins.ord = lambda c: 1000 + real_ord(c)
run("builtins.ord")
builtins.ord = real_ord
run("restored")

"""Pointer-free objects from the runtime's inline free lists, under collection pressure.

Floats, big ints, short str and bytes come from free lists of pointer-free
slots that every collection drops (the collector cannot follow their links).
An object handed out just before a collection, or one kept alive while its
neighbours on the same list are dropped and reused, must keep its value:
this program keeps a sample of such objects of every small size while it
allocates millions of short-lived ones, and checks them all at the end.
"""
from typing import Dict, List


def make(i: int) -> List[object]:
    # One object of each pointer-free kind and of several slot sizes.
    return [
        float(i) + 0.5,
        (1 << 70) + i,
        (1 << 200) * 3 + i,
        str(i) * (1 + i % 7),
        ("k%d" % i) * 30,
        bytes([i % 256]) * (1 + i % 100),
    ]


def check(i: int, objs: List[object]) -> bool:
    return objs == make(i)


kept: Dict[int, List[object]] = {}
total = 0.0
for i in range(300000):
    objs = make(i)
    total += objs[0]  # type: ignore[operator]
    if i % 997 == 0:
        kept[i] = objs
    if i % 50000 == 0:
        # Interleave: long-lived floats made between many short-lived ones.
        kept[-i - 1] = [float(j) / 7 for j in range(200)]

bad = 0
for key, objs in kept.items():
    if key >= 0:
        if not check(key, objs):
            bad += 1
    elif objs != [float(j) / 7 for j in range(200)]:
        bad += 1
print(len(kept), bad, total)
print(sum(len(o[3]) for k, o in kept.items() if k >= 0))  # type: ignore[arg-type]

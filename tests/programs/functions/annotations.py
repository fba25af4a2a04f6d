# Annotated functions and variables behave like unannotated ones.
from typing import List, Dict, Optional, Tuple

def mean(xs: List[float]) -> float:
    return sum(xs) / len(xs)

def lookup(d: Dict[str, int], k: str) -> Optional[int]:
    return d.get(k)

def pair(a: int, b: int = 2) -> Tuple[int, int]:
    return (a, b)

count: int = 3
ratio: float = 0.5
print(mean([1.0, 2.0, 4.0]), lookup({"a": 1}, "a"), lookup({}, "z"), pair(1), count * ratio)
x: int = 7
x = x // 2
print(x)

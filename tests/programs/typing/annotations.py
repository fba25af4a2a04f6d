# typing names are accepted in annotations and do not change behaviour.
from typing import List, Dict, Tuple, Optional, Set, Any, Union, Callable

def tally(words: List[str]) -> Dict[str, int]:
    out: Dict[str, int] = {}
    for w in words:
        out[w] = out.get(w, 0) + 1
    return out

def first(xs: List[Any]) -> Optional[Any]:
    return xs[0] if xs else None

def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)

def norm(v: Union[int, float]) -> float:
    return float(v)

pairs: List[Tuple[int, str]] = [(1, "a"), (2, "b")]
uniq: Set[int] = {1, 2, 2}
print(tally(["a", "b", "a"]), first([]), first([9]), apply(lambda x: x * 3, 5), norm(2), pairs, uniq)

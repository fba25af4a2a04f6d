def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
# Subscripted typing forms and their reprs.
from typing import Optional, Union, List, Dict, Tuple, Callable, Literal, Final, ClassVar, Annotated, Set, Any, Self
print(Optional[int], Union[int, None], Union[int, str, None], Union[int], Union[int, Union[str, float]])
print(Optional[List[int]], Dict[str, List[int]], Tuple[int, ...], Callable[..., int], Callable[[], None])
print(Literal["a", 1, None], Final[int], ClassVar[Dict[str, int]], Annotated[int, "m", 3], Set[int])
print(Any, Self, Optional, Callable[[int, str], bool])
print(Optional[int].__args__, Union[int, str].__origin__, List[int].__origin__)
print(isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]), isinstance(None, Optional[int]))
t(lambda: List[int]([1, 2]))
t(lambda: Dict[str, int]())
t(lambda: Optional[int, str])

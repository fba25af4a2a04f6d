# TypedDict class and functional forms: instances are plain dicts.
from typing import TypedDict, get_type_hints
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="x", year=1)
print(m, type(m).__name__, type(m) is dict, Movie.__annotations__, Movie.__total__)
print(Movie({"name": "y", "year": 2}), Movie(), Movie.__name__)
class Ext(Movie, total=False):
    extra: bool
print(Ext(name="z", year=3, extra=True), Ext.__total__, get_type_hints(Ext))
M2 = TypedDict("M2", {"a": int, "b": str})
print(M2(a=1, b="q"), M2.__annotations__)
M3 = TypedDict("M3", {"a": int}, total=False)
print(M3.__total__)

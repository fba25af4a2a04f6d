# The first program to try: `taipan run examples/hello.py` (or, while code
# generation is being built, `taipan build --emit=ast examples/hello.py`).


def greet(name: str) -> str:
    return f"Hello, {name}!"


print(greet("world"))

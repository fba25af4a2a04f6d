# A program for tests/explain/check_html.py: line 7 has three dynamic
# operations (an attribute read, a call of an unknown callable and an
# add on its result), line 11 has none.


def dynamic(obj):
    return obj.method() + 1


def typed(n: int) -> int:
    return n * 2


print(typed(3))

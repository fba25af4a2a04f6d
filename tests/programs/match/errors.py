# The TypeErrors and ValueErrors a match can raise at run time, caught and
# printed with CPython's messages.


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)


class P:
    __match_args__ = ("x", "y")

    def __init__(self):
        self.x = 1
        self.y = 2


class BadList:
    __match_args__ = ["x"]


class BadElem:
    __match_args__ = ("x", 1)
    x = 0


class NoArgs:
    pass


not_a_class = len


def call_non_type():
    match 1:
        case not_a_class():
            return "matched"


def too_many_builtin():
    match 1:
        case int(a, b):
            return a, b


def too_many():
    match P():
        case P(a, b, c):
            return a


def bad_tuple():
    match BadList():
        case BadList(x):
            return x


def bad_elem():
    match BadElem():
        case BadElem(a, b):
            return a


def no_args():
    match NoArgs():
        case NoArgs(a):
            return a


def duplicate_attr():
    match P():
        case P(x, x=1):
            return x


class K:
    ONE = 1
    UNO = 1


def duplicate_key():
    match {1: "a", 2: "b"}:
        case {K.ONE: a, K.UNO: b}:
            return a


def unhashable_subject_ok():
    match [[1], {2: 3}]:
        case [[x], {2: y}]:
            return x + y


def type_not_instance():
    match 5:
        case object(a):
            return a


attempt("non-type", call_non_type)
attempt("int(a, b)", too_many_builtin)
attempt("P(a, b, c)", too_many)
attempt("list __match_args__", bad_tuple)
attempt("int element", bad_elem)
attempt("no __match_args__", no_args)
attempt("duplicate attribute", duplicate_attr)
attempt("duplicate key", duplicate_key)
attempt("nested", unhashable_subject_ok)
attempt("object(a)", type_not_instance)


# The subject is evaluated once, even if no case matches.
def subject():
    print("evaluating subject")
    return 99


match subject():
    case 1:
        print("one")
    case 2:
        print("two")
print("done")

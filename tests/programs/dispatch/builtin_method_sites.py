# Method call sites whose cached method is a builtin method descriptor call
# its native entry directly (fastpath.h TP_METHOD_NATIVE): positional and
# keyword arguments, errors raised by the method, wrong argument counts,
# sites that see several types, and subclasses that override the method.


class Upper(str):
    def strip(self, chars=None):
        return "Upper.strip(" + str.strip(self, chars) + ")"


class Stack(list):
    def pop(self, *args):
        return ("Stack.pop", list.pop(self, *args))


def strip_all(items):
    return [s.strip() for s in items]


def pop_each(seqs):
    out = []
    for s in seqs:
        try:
            out.append(s.pop())
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def main():
    words = ["  a  ", " b", "c  ", Upper("  d  "), "  e"]
    print(strip_all(words))
    print(strip_all([" x ", " y "]))
    print(pop_each([[1, 2], [], Stack([3, 4]), {5: 6}, bytearray(b"z"), [7]]))
    line = "k1=v1;k2=v2;k3=v3"
    for i in range(3):
        print(line.split(";", maxsplit=i), line.split(sep="=", maxsplit=1))
    data = [3, 1, 2]
    for rev in (False, True):
        data.sort(reverse=rev)
        print(data)
    try:
        "abc".strip("a", "b")
    except TypeError as e:
        print("TypeError", e)
    try:
        [].pop(0)
    except IndexError as e:
        print("IndexError", e)
    try:
        "x".join([1, 2])
    except TypeError as e:
        print("TypeError", e)
    d = {"a": 1}
    for key in ("a", "b"):
        print(d.setdefault(key, 0), d.pop(key), d)
    acc = []
    for s in ["ab", "cd", "ef"] * 3:
        acc.append(s.upper().replace("C", "c").center(6, "*"))
    print(" ".join(acc))
    values = [[1], (1,), "1", b"1"]
    for v in values:
        print(type(v).__name__, v.count(v[0]), v.index(v[0]))


main()

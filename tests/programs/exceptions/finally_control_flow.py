# try/except/else/finally with return, break and continue in every position.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    else:
        print("no else after break")
    return i
def f4():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def f5():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            continue
        finally:
            print("cleanup", i)
    return "done"
def f6():
    try:
        pass
    except Exception:
        print("no")
    else:
        return "else returns"
    finally:
        print("f6 finally")
def f7():
    x = []
    while True:
        try:
            try:
                x.append(1)
                if len(x) > 2:
                    break
            finally:
                x.append("inner")
        finally:
            x.append("outer")
    return x
def f8():
    try:
        try:
            raise ValueError("a")
        finally:
            print("inner finally runs before outer except")
    except ValueError as e:
        return f"outer caught {e}"
def f9(n):
    try:
        if n == 0:
            return "zero"
        1 / (n - 1)
    except ZeroDivisionError:
        return "one"
    else:
        return "other"
    finally:
        print("f9", n)
def f10():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"
def f11():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t:
            return repr(t.__context__)
def f12():
    e_ref = None
    try:
        raise ValueError("x")
    except ValueError as e:
        e_ref = e
    try:
        e
    except NameError as ne:
        return f"e is unbound after except: {ne}", e_ref
for f in (f1, f2, f3, f4, f5, f6, f7, f8, f10, f11, f12):
    print(f.__name__, f())
print([f9(n) for n in range(3)])
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
print(next(g))
g.close()
print(list(gen()))
def nested_loops():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    break
                out.append((i, j))
            finally:
                out.append("f")
        else:
            out.append("never")
    return out
print(nested_loops())

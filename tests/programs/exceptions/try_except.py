# try/except catching by class and by base class.
def risky(kind):
    if kind == 0:
        return 1 // 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("abc")
    return "ok"

for k in range(5):
    try:
        print(k, risky(k))
    except ZeroDivisionError as e:
        print(k, "zero:", e)
    except LookupError as e:
        print(k, "lookup:", type(e).__name__, e)
    except Exception as e:
        print(k, "other:", type(e).__name__, e)

# A tuple of classes in one except clause; the first matching handler wins.
def f(i):
    if i == 0:
        raise ValueError("v")
    if i == 1:
        raise TypeError("t")
    if i == 2:
        raise KeyError("k")
    raise RuntimeError("r")

for i in range(4):
    try:
        f(i)
    except (ValueError, TypeError) as e:
        print("value or type:", e)
    except KeyError:
        print("key")
    except Exception as e:
        print("generic:", type(e).__name__)

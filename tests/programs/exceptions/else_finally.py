# else runs when nothing was raised; finally always runs.
def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("  except")
        r = None
    else:
        print("  else")
    finally:
        print("  finally")
    return r

print(attempt(2))
print(attempt(0))
def finally_return():
    try:
        return "from try"
    finally:
        print("  finally before return")
print(finally_return())

# and/or return operands and skip evaluating the right side when decided.
def t(name, val):
    print("eval", name)
    return val
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", 0))
print(t("a", "x") or t("b", "y"))
print(not t("a", []), [] or {} or "last", 1 and 2 and 3, None or 0)
xs = []
print(len(xs) > 0 and xs[0] > 1)

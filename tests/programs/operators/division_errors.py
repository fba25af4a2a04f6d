# Division by zero in every form.
for op in ["/", "//", "%"]:
    for a, b in [(1, 0), (1.0, 0), (1, 0.0)]:
        try:
            if op == "/":
                r = a / b
            elif op == "//":
                r = a // b
            else:
                r = a % b
        except ZeroDivisionError as e:
            print(op, a, b, "ZeroDivisionError:", e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("divmod:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("pow:", e)

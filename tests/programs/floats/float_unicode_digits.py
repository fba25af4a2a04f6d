# float() accepts Unicode decimal digits and Unicode whitespace, like int().
print(float("١.٥"), float("\u2003 ٣٤\u00a0"), float("１２.５e１"), float("-٠.٢٥"))
print(float("\u3000inf\u3000"), float("१२३"), int("१२३"))
for bad in ("1.5x", "٣.٣.٣", "½", "1\u00b2", "٣_", ""):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)

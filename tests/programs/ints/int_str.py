# str/repr of ints and formatting with format().
for n in [0, 7, -7, 123456789, -1000]:
    print(str(n), repr(n), len(str(n)))
print(format(255, "x"), format(255, "X"), format(255, "b"), format(255, "o"))
print(format(1234567, ","), format(42, "08d"), format(-42, "+d"))

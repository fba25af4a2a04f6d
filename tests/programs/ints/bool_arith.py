# bool is a subclass of int: True + True, sums of comparisons.
print(True + True, True * 10, False - 1, True / 2)
print(sum([True, False, True, True]))
print(True == 1, False == 0, True is True)
print(isinstance(True, int), isinstance(1, bool))
print(str(True), repr(False), int(True))
nums = [3, 8, 1, 9, 4]
print(sum([n > 3 for n in nums]))

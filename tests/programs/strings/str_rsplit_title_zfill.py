# rsplit with maxsplit, title's word rules and zfill's sign handling.
print("a,b,c,d".rsplit(",", 2), "a,b,c,d".rsplit(",", 0), "a,b".rsplit(",", -1))
print("a b  c   d".rsplit(None, 1))
print("  a b  c   d  ".rsplit(maxsplit=2), "".rsplit(), "".rsplit(","))
print("hello world's 3rd x1y".title())
print("ǅungla ßa".title(), "ǆ".title(), "HELLO wORLD".title())
print("-42".zfill(6), "+42".zfill(6), "42".zfill(1), "-".zfill(3), "".zfill(3), "+".zfill(2), "a-1".zfill(5))
print("x".zfill(-1), "-0".zfill(4))

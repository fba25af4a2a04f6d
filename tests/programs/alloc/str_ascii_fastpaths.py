# The allocation-free ASCII paths of str.split(), strip()/lstrip()/rstrip()
# and lower()/upper() (decision 0019) against the general code-point paths:
# ASCII and non-ASCII text, every ASCII whitespace character CPython splits
# on (\x1c-\x1f included), custom strip sets, maxsplit, rsplit.
samples = [
    "",
    "   ",
    "hello world",
    "  leading and trailing  ",
    "tabs\tand\nnewlines\r\nand\x0bvt\x0cff",
    "file\x1csep\x1dgroup\x1erecord\x1funit",
    "Mixed CASE Words, With Punctuation!",
    "caf\u00e9 na\u00efve \u00c9COLE",
    "\u3000ideographic\u3000space\u00a0nbsp",
    "x",
]
for s in samples:
    print(repr(s.split()), repr(s.split(None, 1)), repr(s.rsplit(None, 1)))
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print(repr(s.strip(".,!? ")), repr(s.strip("HeWd")), repr(s.strip("\u00e9 ")))
    print(repr(s.lower()), repr(s.upper()))
# strip returns the same object when nothing is removed; lower() is a new str.
w = "plain"
print(w.strip() is w, w.lower() == w, w.upper())
# Many short-lived words: counting through split/strip/lower.
text = " ".join(("Word%d," % (i % 37)) for i in range(5000))
counts = {}
for raw in text.split():
    k = raw.strip(",").lower()
    counts[k] = counts.get(k, 0) + 1
print(len(counts), counts["word0"], counts["word36"])

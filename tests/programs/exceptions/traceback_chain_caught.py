# A caught exception keeps the frames it passed through; the chained
# printout of the final exception shows them (the last line is compared).
def low():
    raise KeyError("low")
def mid():
    try:
        low()
    except KeyError as e:
        raise RuntimeError("mid failed") from e
def top():
    try:
        mid()
    except RuntimeError:
        print("caught once")
        raise
top()

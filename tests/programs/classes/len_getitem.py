# __len__, __getitem__, __contains__ and __bool__ on user classes.
class Deck:
    def __init__(self, n):
        self.cards = list(range(n))

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __contains__(self, x):
        return x in self.cards

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on

d = Deck(5)
print(len(d), d[0], d[-1], 3 in d, 9 in d, bool(d), bool(Deck(0)))
print("yes" if Flag(True) else "no", "yes" if Flag(False) else "no")

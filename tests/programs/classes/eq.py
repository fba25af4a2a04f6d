# __eq__ customises == and != and list membership.
class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.rank == other.rank and self.suit == other.suit

a = Card(10, "h")
b = Card(10, "h")
c = Card(2, "s")
print(a == b, a != b, a == c, a is b, a == 5, a != "x")
print(b in [c, a], [a, b].count(c), [a, c].index(b))
class Plain:
    pass
x = Plain()
print(x == x, x == Plain())

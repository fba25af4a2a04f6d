# __str__ and __repr__ drive print, str(), repr() and container display.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __repr__(self):
        return f"Money({self.cents})"

class OnlyRepr:
    def __repr__(self):
        return "<only repr>"

m = Money(1234)
print(m, str(m), repr(m), [m], f"{m} {m!r}")
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])

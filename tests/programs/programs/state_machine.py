# A vending machine state machine: enum-like class constants, dispatch tables of bound methods, match on tuples.
class State:
    IDLE = "idle"
    HAS_MONEY = "has_money"
    VENDING = "vending"
class Machine:
    PRICES = {"cola": 150, "chips": 100, "gum": 50}
    def __init__(self):
        self.state = State.IDLE
        self.credit = 0
        self.stock = {"cola": 2, "chips": 0, "gum": 5}
        self.out = []
        self.table = {
            (State.IDLE, "coin"): self.insert,
            (State.HAS_MONEY, "coin"): self.insert,
            (State.HAS_MONEY, "select"): self.select,
            (State.HAS_MONEY, "refund"): self.refund,
        }
    def handle(self, event, arg=None):
        action = self.table.get((self.state, event))
        if action is None:
            self.out.append(f"ignored {event} in {self.state}")
            return
        action(arg)
    def insert(self, amount):
        match amount:
            case 5 | 10 | 25 | 100:
                self.credit += amount
                self.state = State.HAS_MONEY
            case int(n) if n > 0:
                self.out.append(f"rejected coin {n}")
            case _:
                self.out.append(f"bad coin {amount!r}")
    def select(self, item):
        price = self.PRICES.get(item)
        match (price, self.stock.get(item, 0)):
            case (None, _):
                self.out.append(f"unknown {item}")
            case (_, 0):
                self.out.append(f"{item} sold out")
            case (p, _) if p > self.credit:
                self.out.append(f"{item} costs {p}, credit {self.credit}")
            case (p, n):
                self.stock[item] = n - 1
                self.credit -= p
                self.out.append(f"vend {item}")
                if self.credit == 0:
                    self.state = State.IDLE
    def refund(self, _):
        self.out.append(f"refund {self.credit}")
        self.credit = 0
        self.state = State.IDLE
m = Machine()
script = [("select", "cola"), ("coin", 100), ("coin", 3), ("coin", "x"), ("select", "cola"), ("coin", 25),
          ("coin", 25), ("select", "cola"), ("coin", 100), ("select", "chips"), ("select", "tea"),
          ("select", "gum"), ("refund", None), ("refund", None)]
for ev, arg in script:
    m.handle(ev, arg)
print("\n".join(m.out))
print(m.state, m.credit, m.stock)

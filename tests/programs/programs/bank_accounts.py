# Bank accounts: class hierarchy, custom exceptions, properties, class-level counters, sorting, formatting.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}: balance {account.balance:.2f}")
        self.shortfall = amount - account.balance
class FrozenAccount(Exception):
    pass
class Account:
    _next_id = 1
    rate = 0.0
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = float(balance)
        self.history = []
        self.frozen = False
    @property
    def balance(self):
        return round(self._balance, 2)
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._check()
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.id} is frozen")
    def month_end(self):
        interest = self._balance * self.rate / 12
        self._balance += interest
        return interest
    def __repr__(self):
        return f"{type(self).__name__}(id={self.id}, owner={self.owner!r}, balance={self.balance:,.2f})"
    def __lt__(self, other):
        return self.balance < other.balance
class Savings(Account):
    rate = 0.05
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise PermissionError("savings accounts allow two withdrawals")
        return super().withdraw(amount)
class Checking(Account):
    overdraft = 100
    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
accounts = [Account("ann", 100), Savings("bob", 1000), Checking("cy", 50)]
accounts[0].deposit(50).withdraw(30)
accounts[1].withdraw(100).withdraw(100)
accounts[2].withdraw(120)
for op in (lambda: accounts[0].withdraw(1000), lambda: accounts[1].withdraw(1), lambda: accounts[2].withdraw(100),
           lambda: accounts[0].deposit(-5)):
    try:
        op()
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, f"(short {e.shortfall:.2f})")
    except (PermissionError, ValueError) as e:
        print(type(e).__name__ + ":", e)
accounts[2].frozen = True
try:
    accounts[2].deposit(10)
except FrozenAccount as e:
    print(e)
for a in accounts:
    print(a, f"interest={a.month_end():.4f}", a.history)
print(sorted(accounts), max(accounts).owner, [a.id for a in sorted(accounts, reverse=True)])
total = sum(a.balance for a in accounts)
print(f"total {total:>12,.2f}|{total:<12.1f}|{total:^12.0f}|")
print({type(a).__name__: a.rate for a in accounts}, Account._next_id)

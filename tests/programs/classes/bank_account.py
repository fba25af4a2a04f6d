# A small class hierarchy with validation through exceptions.
class InsufficientFunds(Exception):
    pass

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

class Savings(Account):
    def __init__(self, owner, rate):
        super().__init__(owner, 100)
        self.rate = rate

    def add_interest(self):
        self.deposit(self.balance * self.rate // 100)

acct = Savings("ann", 5)
acct.deposit(50)
acct.add_interest()
try:
    acct.withdraw(1000)
except InsufficientFunds as e:
    print("refused:", e)
try:
    acct.deposit(-1)
except ValueError as e:
    print("refused:", e)
acct.withdraw(57)
print(acct.balance, acct.history)

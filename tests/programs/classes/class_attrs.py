# Class attributes are shared until an instance shadows them.
class Counter:
    created = 0
    label = "counter"

    def __init__(self):
        Counter.created += 1
        self.id = Counter.created

a = Counter()
b = Counter()
print(Counter.created, a.id, b.id, a.created)
a.label = "mine"
print(a.label, b.label, Counter.label)

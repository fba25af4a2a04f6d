# Bound methods can be stored and called later.
class Greeter:
    def __init__(self, word):
        self.word = word
    def greet(self, name):
        return self.word + " " + name

g = Greeter("hi")
f = g.greet
print(f("ann"), Greeter.greet(g, "bo"))
calls = [Greeter("yo").greet, Greeter("hey").greet]
print([c("cy") for c in calls])
xs = []
push = xs.append
push(1)
push(2)
print(xs)

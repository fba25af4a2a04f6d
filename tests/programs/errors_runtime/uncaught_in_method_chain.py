# A TypeError raised deep in a chain of method calls on the dynamic path.
class Pipeline:
    def __init__(self, steps):
        self.steps = steps
    def run(self, v):
        for s in self.steps:
            v = s(v)
        return v
p = Pipeline([str.strip, str.upper, len, lambda n: n + "!"])
print(Pipeline([abs]).run(-3))
print(p.run("  hi  "))

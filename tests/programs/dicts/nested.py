# Dicts of lists and dicts of dicts.
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []}
order = []
seen = {}
def visit(n):
    if n in seen:
        return
    seen[n] = True
    for m in graph[n]:
        visit(m)
    order.append(n)
visit("a")
print(order[::-1])
people = {"ann": {"age": 30, "city": "Oslo"}, "bo": {"age": 25, "city": "Rome"}}
people["bo"]["age"] += 1
print(people)

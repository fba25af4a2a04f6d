# not, unary minus and ~ on various values.
for v in [0, 1, "", "x", [], [0], None, 0.0, {}]:
    print(repr(v), not v, bool(v))
print(-5, --5, -(-5.5), ~0, ~-1, ~255)

# Keyword arguments, keyword-only and positional-only parameters.
def box(width, height=1, *, fill="#", border=False):
    return f"{width}x{height} fill={fill} border={border}"

print(box(3))
print(box(3, 2, fill="*"))
print(box(height=4, width=2, border=True))
def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, 3), pos_only(1, 2, c=10))

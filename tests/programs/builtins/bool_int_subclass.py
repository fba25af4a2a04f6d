# bool() of int subclass instances uses int's truth when the class defines no __bool__/__len__.
class F(int):
    pass
class G(float):
    pass
class S(str):
    pass
print(bool(F(0)), bool(F(3)), bool(G(0.0)), bool(S('')), not F(0), 'yes' if F(0) else 'no')
for op in [lambda: 10 // F(0), lambda: 10 % F(0), lambda: divmod(3, F(0)), lambda: 1 / F(0)]:
    try:
        print(op())
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
print(F(0) == 0, F(0) + 1, -F(0), abs(F(-2)), F(5) // 2)

# int/float dunders called directly with a mixed operand answer
# NotImplemented (the operators still mix the kinds).
print((1).__eq__(1.0), (1).__eq__(1), (1.0).__eq__(1), (1.0).__eq__(1.0))
print((1).__add__(1.0), (1.0).__add__(1), (1).__radd__(2.5), (1.0).__radd__(2))
print((1).__lt__(2.0), (1.0).__lt__(2), (2).__mul__(True), True.__and__(1), True.__and__(1.0))
print((1.0).__add__(1j), (1.0).__eq__(1j), (1).__sub__("x"), (1.5).__truediv__("x"))
print((1).__ne__(1.0), (3).__pow__(2.0), (3).__rpow__(2), (3.0).__floordiv__(2))


class MyInt(int):
    pass


print(MyInt(3).__add__(1.0), MyInt(3).__add__(1), int.__add__(3, MyInt(4)))
print(1 == 1.0, 1 + 1.0, 2.0 * 3, 1 < 2.5)

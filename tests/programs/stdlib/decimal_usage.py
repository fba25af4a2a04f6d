# decimal in everyday code: money sums, interest, printf-style and f-string output, subclasses, copies.
import copy
from decimal import Decimal, ROUND_HALF_UP, getcontext, localcontext

prices = [Decimal('19.99'), Decimal('5.01'), Decimal('0.10')]
total = sum(prices, Decimal('0'))
tax = (total * Decimal('0.0825')).quantize(Decimal('0.01'), ROUND_HALF_UP)
print(total, tax, total + tax, f'{total + tax:>10}', f'${total:,.2f}')
print('%.2f %s %r %d' % (Decimal('2.345'), Decimal('1.10'), Decimal('3'), Decimal('7.9')))
balance = Decimal('1000.00')
for year in range(1, 4):
    balance = (balance * (1 + Decimal('0.05'))).quantize(Decimal('0.01'))
    print(year, balance)
with localcontext() as ctx:
    ctx.prec = 40
    print(Decimal(1) / Decimal(7))
print(getcontext().prec)


class Money(Decimal):
    def __repr__(self):
        return 'Money(%s)' % str(self)


m = Money('12.50')
print(repr(m), type(m).__name__, isinstance(m, Decimal), m + 1, type(m + 1).__name__)
print(copy.copy(Decimal('1.5')), copy.deepcopy([Decimal('2.5')]))
print(str(Decimal('1e-7')), Decimal('12.3400').normalize(), Decimal(12).sqrt().quantize(Decimal('1.000')))
print([str(Decimal(i) / 8) for i in range(5)], max(prices), min(prices), sorted(prices, reverse=True))
d = {Decimal('1.0'): 'one', 2: 'two'}
print(d[1], d[Decimal('2.00')], Decimal('0.1') * 3 == Decimal('0.3'), 0.1 * 3 == 0.3)
print(int(Decimal('42.99')), float(Decimal('0.5')) + 1, round(Decimal('2.675'), 2), round(Decimal('3.5')))

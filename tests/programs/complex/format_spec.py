# format() of complex: empty spec, precision, types e/f/g, alignment, signs and the rejected flags.
c = 1+2j
for spec in ['', '.2f', '10', '<12.3g', '>15.2e', '^20', '*^20', '+', '+.1f', '.1', 'g', 'G', 'E', '.0f', ' ', '20.3f']:
    print(repr(spec), repr(format(c, spec)), repr(format(1.5j, spec)), repr(format(-0j, spec)))
for spec in ['020', '=10', 'd', 'x', '%']:
    try:
        print(format(c, spec))
    except ValueError as e:
        print('ValueError:', e)
print(f"{c:.3e}|{c:>20}|{-1.25-0.5j:.1f}")

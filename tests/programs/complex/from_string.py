# complex(str): the accepted spellings and malformed strings.
for s in ['1+2j', ' ( 1+2j ) ', '-j', '+j', 'j', '1e3', 'inf-nanj', '1.5e-3+2.5E+2J', '-1.5', '3J', '(2)', 'nanj', '-infj']:
    print(repr(s), complex(s))
for s in ['1 + 2j', '', 'j+1', 'abc', '1+2', '1+2jj', '()', '1e']:
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)

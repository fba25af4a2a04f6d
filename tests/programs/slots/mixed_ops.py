# A random mix (fixed seed) of attribute stores, deletes, getattr/hasattr/setattr,
# augmented assignments and re-run __init__ on instances of a class and its
# subclass, whose methods set attributes conditionally and out of order. It also
# once crashed irgen (flushUnwind kept references into growing vectors).

class K:
    def __init__(self, n):
        if n % 2:
            self.a = n
        self.b = n * 0.5
        if n % 3:
            self.c = str(n)
    def m1(self, v):
        self.d = v
        self.a = v
    def m2(self, v):
        self.e = v
        del self.b

class S(K):
    def __init__(self, n):
        self.e = -n
        super().__init__(n)

def show(o):
    print(type(o).__name__, vars(o) if rnd_vars else sorted(vars(o).items()), [x for x in dir(o) if not x.startswith('_') and x not in ('m1','m2')])
rnd_vars = True
objs = [K(i) for i in range(4)] + [S(i) for i in range(3)]

try:
    print(repr(objs[4].c))
except AttributeError as e:
    print('AE', e)
print(getattr(objs[2], 'e', 'dflt'), hasattr(objs[2], 'e'))
objs[0].b = [1]
try:
    print(repr(objs[6].c))
except AttributeError as e:
    print('AE', e)
try:
    print(repr(objs[5].b))
except AttributeError as e:
    print('AE', e)
print([repr(getattr(objs[1], x, None)) for x in ['a','b','c','d','e']])
try:
    objs[2].a += 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    print(repr(objs[2].a))
except AttributeError as e:
    print('AE', e)
objs[5].__init__(4)
objs[2].d = 10**20
objs[4].c = 1
objs[3].m1(1)
try:
    print(repr(objs[6].b))
except AttributeError as e:
    print('AE', e)
print([repr(getattr(objs[4], x, None)) for x in ['a','b','c','d','e']])
try:
    objs[0].m2(-0.0)
except AttributeError as e:
    print('AE', e)
objs[1].__init__(2)
try:
    objs[5].m2(10**20)
except AttributeError as e:
    print('AE', e)
objs[1].m1(-0.0)
objs[2].a = 10**20
setattr(objs[0], 'cx', 3.0)
objs[5].b = -0.0
try:
    del objs[2].d
except AttributeError as e:
    print('AE', e)
objs[4].__init__(3)
objs[3].__init__(1)
print(getattr(objs[2], 'a', 'dflt'), hasattr(objs[2], 'a'))
try:
    objs[0].c += 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
objs[6].m1('s')
try:
    del objs[3].c
except AttributeError as e:
    print('AE', e)
try:
    print(repr(objs[5].d))
except AttributeError as e:
    print('AE', e)
try:
    del objs[4].e
except AttributeError as e:
    print('AE', e)
try:
    objs[1].c += 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    objs[6].m2(3.0)
except AttributeError as e:
    print('AE', e)
try:
    print(repr(objs[4].d))
except AttributeError as e:
    print('AE', e)
try:
    print(repr(objs[4].e))
except AttributeError as e:
    print('AE', e)
setattr(objs[0], 'bx', None)
objs[3].m1(10**20)
objs[4].e = [1]
objs[0].m1('s')
print([repr(getattr(objs[4], x, None)) for x in ['a','b','c','d','e']])
print(getattr(objs[2], 'b', 'dflt'), hasattr(objs[2], 'b'))
objs[3].m1(2.5)
try:
    del objs[4].e
except AttributeError as e:
    print('AE', e)
objs[1].__init__(3)
setattr(objs[3], 'ex', 's')
try:
    objs[4].d += 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    objs[0].m2('s')
except AttributeError as e:
    print('AE', e)
setattr(objs[0], 'cx', 10**20)
objs[1].c = 2.5
objs[4].a = 2.5
try:
    objs[3].m2(None)
except AttributeError as e:
    print('AE', e)
try:
    del objs[6].a
except AttributeError as e:
    print('AE', e)
print([repr(getattr(objs[4], x, None)) for x in ['a','b','c','d','e']])
try:
    del objs[6].d
except AttributeError as e:
    print('AE', e)
try:
    objs[5].a += 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    objs[4].m2(10**20)
except AttributeError as e:
    print('AE', e)
try:
    objs[2].e += 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
objs[3].e = 10**20
objs[0].c = 10**20
try:
    del objs[2].c
except AttributeError as e:
    print('AE', e)
print([repr(getattr(objs[4], x, None)) for x in ['a','b','c','d','e']])
try:
    del objs[3].c
except AttributeError as e:
    print('AE', e)
try:
    print(repr(objs[0].c))
except AttributeError as e:
    print('AE', e)
objs[3].m1(None)
objs[4].__init__(0)
setattr(objs[3], 'ex', [1])
try:
    objs[6].e += 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    objs[5].b += 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    objs[4].c += 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    objs[6].m2(2.5)
except AttributeError as e:
    print('AE', e)
print([repr(getattr(objs[4], x, None)) for x in ['a','b','c','d','e']])
print([repr(getattr(objs[6], x, None)) for x in ['a','b','c','d','e']])
setattr(objs[4], 'ex', 's')
print([repr(getattr(objs[2], x, None)) for x in ['a','b','c','d','e']])
print([repr(getattr(objs[4], x, None)) for x in ['a','b','c','d','e']])
try:
    del objs[5].c
except AttributeError as e:
    print('AE', e)
try:
    print(repr(objs[0].a))
except AttributeError as e:
    print('AE', e)
print(getattr(objs[1], 'a', 'dflt'), hasattr(objs[1], 'a'))
try:
    objs[0].m2(3.0)
except AttributeError as e:
    print('AE', e)
print(getattr(objs[2], 'b', 'dflt'), hasattr(objs[2], 'b'))
try:
    print(repr(objs[2].c))
except AttributeError as e:
    print('AE', e)
try:
    del objs[3].c
except AttributeError as e:
    print('AE', e)
print([repr(getattr(objs[1], x, None)) for x in ['a','b','c','d','e']])
try:
    print(repr(objs[6].d))
except AttributeError as e:
    print('AE', e)
try:
    objs[0].m2(None)
except AttributeError as e:
    print('AE', e)
objs[2].a = 1
setattr(objs[2], 'dx', [1])
try:
    objs[4].m2(3.0)
except AttributeError as e:
    print('AE', e)
print(getattr(objs[6], 'd', 'dflt'), hasattr(objs[6], 'd'))
print([repr(getattr(objs[1], x, None)) for x in ['a','b','c','d','e']])
try:
    print(repr(objs[1].a))
except AttributeError as e:
    print('AE', e)
print([repr(getattr(objs[5], x, None)) for x in ['a','b','c','d','e']])
setattr(objs[4], 'dx', 2.5)
print([repr(getattr(objs[1], x, None)) for x in ['a','b','c','d','e']])
try:
    print(repr(objs[1].d))
except AttributeError as e:
    print('AE', e)
print([repr(getattr(objs[2], x, None)) for x in ['a','b','c','d','e']])
print(getattr(objs[1], 'd', 'dflt'), hasattr(objs[1], 'd'))
try:
    del objs[3].d
except AttributeError as e:
    print('AE', e)
print(getattr(objs[0], 'd', 'dflt'), hasattr(objs[0], 'd'))
setattr(objs[2], 'bx', None)
try:
    objs[1].m2(1)
except AttributeError as e:
    print('AE', e)
try:
    del objs[6].c
except AttributeError as e:
    print('AE', e)
try:
    del objs[0].c
except AttributeError as e:
    print('AE', e)
try:
    objs[4].m2(-0.0)
except AttributeError as e:
    print('AE', e)
objs[6].__init__(5)
try:
    objs[4].m2(2.5)
except AttributeError as e:
    print('AE', e)
objs[5].c = -0.0
objs[4].m1(None)
try:
    objs[6].a += 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
objs[2].m1(3.0)
setattr(objs[2], 'cx', None)
objs[0].__init__(4)
print(getattr(objs[6], 'd', 'dflt'), hasattr(objs[6], 'd'))
try:
    objs[4].a += 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    print(repr(objs[5].a))
except AttributeError as e:
    print('AE', e)
print([repr(getattr(objs[1], x, None)) for x in ['a','b','c','d','e']])
try:
    objs[0].m2(2.5)
except AttributeError as e:
    print('AE', e)
try:
    del objs[6].b
except AttributeError as e:
    print('AE', e)
try:
    objs[1].m2(-0.0)
except AttributeError as e:
    print('AE', e)
objs[4].m1(1)
try:
    del objs[3].d
except AttributeError as e:
    print('AE', e)
for o in objs:
    show(o)

# Generates expected.inc for tests/unit/runtime_num from CPython, the oracle:
#   python3 tests/unit/runtime_num/gen_expected.py > tests/unit/runtime_num/expected.inc
import math, sys
def c(s):  # C++ string literal
    return '"' + s.replace('\\','\\\\').replace('"','\\"') + '"'
out=[]
ints=[0,1,-1,7,-7,2**62-1,-2**62,2**62,-2**62-1,2**63,-2**63,2**64+3,-(2**64+3),2**200,-(2**200)+12345,10**30+7,3**100]
ops=[('+','TP_BINOP_ADD'),('-','TP_BINOP_SUB'),('*','TP_BINOP_MUL'),('//','TP_BINOP_FLOORDIV'),('%','TP_BINOP_MOD'),('&','TP_BINOP_AND'),('|','TP_BINOP_OR'),('^','TP_BINOP_XOR'),('/','TP_BINOP_TRUEDIV')]
rows=[]
for a in ints:
    for b in ints:
        for sym,code in ops:
            try: r=repr(eval(f'a {sym} b'))
            except Exception as e: r='!'+type(e).__name__+': '+str(e)
            rows.append(f'  {{{c(str(a))}, {c(str(b))}, {code}, {c(r)}}},')
shifts=[]
for a in [1,-1,5,-5,2**62-1,-2**62,2**100,-(2**100)-1]:
    for n in [0,1,3,61,62,63,64,100,200]:
        for sym,code in [('<<','TP_BINOP_LSHIFT'),('>>','TP_BINOP_RSHIFT')]:
            rows.append(f'  {{{c(str(a))}, {c(str(n))}, {code}, {c(repr(eval(f"a {sym} n")))}}},')
for a,b in [(2,200),(3,100),(-2,63),(2,-1),(0,-1),(-3,-3),(10,40),(1,10**20),(-1,10**20+1),(7,0)]:
    try: r=repr(a**b)
    except Exception as e: r='!'+type(e).__name__+': '+str(e)
    rows.append(f'  {{{c(str(a))}, {c(str(b))}, TP_BINOP_POW, {c(r)}}},')
for a in [1,-1]: 
    rows.append(f'  {{{c(str(a))}, {c("-1")}, TP_BINOP_LSHIFT, {c("!ValueError: negative shift count")}}},')
out.append('const IntOpCase kIntOps[] = {\n'+'\n'.join(rows)+'\n};')
# hashes
hv=[0,1,-1,-2,2**61-1,2**61,2**61+1,-(2**61),2**62,2**63,2**100,-(2**100),10**30,2**62-1,-2**62]
out.append('const HashCase kIntHashes[] = {\n'+'\n'.join(f'  {{{c(str(v))}, {hash(v)}LL}},' for v in hv)+'\n};')
fv=[0.0,-0.0,1.0,-1.0,1.5,-1.5,0.1,1e300,-1e300,1e-300,5e-324,2.0**61,2.0**70,1e16,123456.789,float('inf'),float('-inf'),3.141592653589793,2.0**-1074*3,1.7976931348623157e308]
out.append('const FloatHashCase kFloatHashes[] = {\n'+'\n'.join(f'  {{{v.hex() if math.isfinite(v) else ("INFINITY" if v>0 else "-INFINITY")}, {hash(v)}LL}},' for v in fv)+'\n};')
# reprs
import random
random.seed(5)
rv=[0.0,-0.0,1.0,0.1,0.2+0.1,1/3,2/3,1e16,1e15,123456789012345678.0,1e-4,1e-5,0.00012345,1e22,1e23,5e-324,2.2250738585072014e-308,1.7976931348623157e308,float('inf'),float('-inf'),float('nan'),100.0,1.5e300,-2.5e-10,9007199254740993.0,0.3,1234.5678,1e-7,12345678901234567890.0]
for i in range(60):
    rv.append(random.uniform(-1,1)*10**random.randint(-30,30))
    rv.append(struct_val) if False else None
import struct
for i in range(40):
    bits=random.getrandbits(64)
    d=struct.unpack('<d',struct.pack('<Q',bits))[0]
    if math.isfinite(d): rv.append(d)
def lit(v):
    if math.isnan(v): return 'NAN'
    if math.isinf(v): return 'INFINITY' if v>0 else '-INFINITY'
    return v.hex()
out.append('const ReprCase kFloatReprs[] = {\n'+'\n'.join(f'  {{{lit(v)}, {c(repr(v))}}},' for v in rv)+'\n};')
# format
fmt_rows=[]
iv=[0,1,-1,42,-42,255,1234,-1234567,10**20,-(2**70),65]
ispecs=['','d','5','<5','^7','>7','=+8','+','-',' ','x','X','#x','#X','o','#o','b','#b','08','08x','#010b',',','_','_x','_b','010,','012_','*^12,','n','c','e','.2e','f','.3f','g','%','.1%','E','G',',.2f','z','.2','s',',x','+c','#c','99999999999999999999','10.2.3',',_']
for v in iv:
    for s in ispecs:
        if v == 0 and s == 'c': continue  # NUL does not fit a C string literal
        try: r=format(v,s)
        except Exception as e: r='!'+type(e).__name__+': '+str(e)
        fmt_rows.append(f'  {{true, {c(str(v))}, 0, {c(s)}, {c(r)}}},')
fvals=[0.0,-0.0,1.0,-1.5,0.1,1234.5,-1234567.891,1e20,1.5e-7,0.0001,123456789.0,2.5,3.5,0.125,float('inf'),float('-inf'),float('nan'),1e300,9.999,0.5]
fspecs=['','r','.3','.0','.17','#','e','E','.0e','#.0e','.2e','f','F','.0f','#.0f','.2f','.10f','g','G','.0g','.3g','#g','#.3g','n','%','.1%','.0%','10','<10','^12.3f','=+12.2f','010.2f','+','-',' ','z.1f','z','zg',',','_','010,','013,.2f',',.2f','x<+#012,.3f','*^15,.2f','d','x','abc',',_','.100f']
for v in fvals:
    for s in fspecs:
        try: r=format(v,s)
        except Exception as e: r='!'+type(e).__name__+': '+str(e)
        fmt_rows.append(f'  {{false, "", {lit(v)}, {c(s)}, {c(r)}}},')
out.append('const FormatCase kFormats[] = {\n'+'\n'.join(fmt_rows)+'\n};')
# round
rr=[]
for x in [0.5,1.5,2.5,-0.5,-2.5,0.125,0.375,2.675,1.005,123.456,-123.456,1e300,1.7976931348623157e308,5e-324,1234.5,0.0,-0.0,float('inf'),float('nan'),0.285,1e-10,12345678.9]:
    for n in [None,0,1,2,3,-1,-2,-3,5,10,-308,-309,400]:
        try: r=repr(round(x,n)) if n is not None else repr(round(x))
        except Exception as e: r='!'+type(e).__name__+': '+str(e)
        rr.append(f'  {{{lit(x)}, {"INT64_MIN" if n is None else n}, {c(r)}}},')
out.append('const RoundCase kRounds[] = {\n'+'\n'.join(rr)+'\n};')
ri=[]
for x in [5,15,25,35,-25,-35,1234,-1234,2**70,10**20+5*10**9]:
    for n in [0,-1,-2,-10,2]:
        ri.append(f'  {{{c(str(x))}, {n}, {c(repr(round(x,n)))}}},')
out.append('const IntRoundCase kIntRounds[] = {\n'+'\n'.join(ri)+'\n};')
# parse
pi=[]
for s,b in [('12',10),(' -12 ',10),('+7',10),('1_000',10),('1__0',10),('_1',10),('1_',10),('0x1f',16),('0x1f',0),('0X_1F',0),('0b101',0),('0o17',0),('010',0),('000',0),('0',0),('z',36),('Z',36),('12',1),('12',37),('x',10),('',10),('  ',10),('12a',10),('99999999999999999999999999',10),('-ffffffffffffffffffffff',16),('1e5',10),('0x',16),('+-1',10)]:
    try: r=repr(int(s,b))
    except Exception as e: r='!'+type(e).__name__+': '+str(e)
    pi.append(f'  {{{c(s)}, {b}, {c(r)}}},')
out.append('const ParseIntCase kParseInts[] = {\n'+'\n'.join(pi)+'\n};')
pf=[]
for s in ['1.5',' -1.5 ','1e5','1E-5','.5','5.','inf','-Infinity','nan','NaN','+inf','1_000.5','1__0','1_e5','1e500','-1e500','1e-400','x','','1.5.5','0x10','1e','e5','.','  3  ','1_000_000','0.1','123456789012345678901234567890','4.9406564584124654e-324','2.4703282292062328e-324','2.4703282292062327e-324']:
    try: r=repr(float(s))
    except Exception as e: r='!'+type(e).__name__+': '+str(e)
    pf.append(f'  {{{c(s)}, {c(r)}}},')
out.append('const ParseFloatCase kParseFloats[] = {\n'+'\n'.join(pf)+'\n};')
# int vs float comparisons
cmp=[]
for a in [0,1,-1,2**53,2**53+1,-(2**53+1),2**63,10**400,-(10**400),2**1024-1]:
    for f in [0.0,1.0,-1.0,0.5,2.0**53,2.0**53+2,9007199254740992.0,2.0**63,1e308,-1e308,float('inf'),float('-inf'),float('nan')]:
        cmp.append(f'  {{{c(str(a))}, {lit(f)}, {int(a<f)}, {int(a<=f)}, {int(a==f)}, {int(a!=f)}, {int(a>f)}, {int(a>=f)}}},')
out.append('const CompareCase kCompares[] = {\n'+'\n'.join(cmp)+'\n};')
# math: (function, args); ints I<dec>, floats F<hex>, tuples T<elems separated by ,>
def enc(x):
    if isinstance(x, bool) or isinstance(x, int): return 'I'+str(x)
    if isinstance(x, float): return 'F'+(x.hex() if math.isfinite(x) else repr(x))
    return 'T'+','.join(enc(e) for e in x)
mc=[]
NAN=float('nan'); INF=float('inf')
calls=[('sqrt',[2]),('sqrt',[-1]),('sqrt',[2.25]),('floor',[-2.5]),('ceil',[2.1]),('trunc',[-2.7]),('floor',[7]),('factorial',[30]),('factorial',[-1]),('factorial',[0]),
 ('gcd',[12,18,-24]),('gcd',[]),('gcd',[2**100,6**50]),('lcm',[4,6,10]),('lcm',[]),('comb',[50,20]),('comb',[5,7]),('comb',[-1,2]),('perm',[10,3]),('perm',[5]),('perm',[3,5]),
 ('isqrt',[10**40+1]),('isqrt',[-1]),('isqrt',[0]),('log',[0]),('log',[-1]),('log',[8,2]),('log',[10**400]),('log',[2.718281828459045]),('log2',[2**2000]),('log2',[8]),('log10',[1000]),('log10',[10**500]),
 ('exp',[1000]),('exp',[1]),('exp',[-1000]),('sin',[1]),('sin',[INF]),('cos',[0.5]),('tan',[1]),('asin',[0.5]),('acos',[2]),('atan',[1]),('atan2',[1,-1]),('sinh',[1]),('cosh',[2]),('tanh',[0.5]),
 ('hypot',[3,4]),('hypot',[1,2,2]),('hypot',[]),('hypot',[INF,NAN]),('fsum',[(0.1,)*10]),('fsum',[(1e100,1.0,-1e100)]),('fsum',[(INF,-INF)]),('fsum',[(1e308,1e308)]),('fsum',[()]),
 ('prod',[(1,2,3,4)]),('prod',[(1.5,2)]),('prod',[(2**40,2**40)]),('isclose',[1.0,1.0+1e-10]),('isclose',[1.0,1.1]),('fmod',[-7,3]),('fmod',[1,0]),('fmod',[5.5,INF]),('pow',[2,0.5]),('pow',[0,-1]),('pow',[-8,1/3]),('pow',[10,400]),
 ('copysign',[1,-0.0]),('degrees',[math.pi]),('radians',[180]),('factorial',[1.5]),('floor',[1e300]),('floor',[INF]),('ceil',[NAN]),('gamma',[5]),('gamma',[0]),('lgamma',[1]),
 ('frexp',[8.0]),('frexp',[0.0]),('ldexp',[0.5,4]),('ldexp',[1,10000]),('modf',[-2.5]),('erf',[0.5]),('erfc',[0.5]),('exp2',[10]),('cbrt',[27]),('dist',[(0,0),(3,4)]),('isfinite',[INF]),('isinf',[-INF]),('isnan',[NAN]),
 ('fabs',[-3]),('expm1',[1e-10]),('log1p',[1e-10]),('asinh',[1]),('acosh',[1]),('atanh',[1]),('atanh',[0.5])]
for name,args in calls:
    try: r=repr(getattr(math,name)(*args))
    except Exception as e: r='!'+type(e).__name__+': '+str(e)
    mc.append(f'  {{{c(name)}, {c(";".join(enc(x) for x in args))}, {c(r)}}},')
consts=[(n, repr(getattr(math,n))) for n in ['pi','e','tau','inf','nan']]
mc += [f'  {{{c(n)}, "=", {c(r)}}},' for n,r in consts]
out.append('const MathCase kMath[] = {\n'+'\n'.join(mc)+'\n};')
print('// Generated by running CPython '+sys.version.split()[0]+' (see the test file for the generator notes).')
print('\n\n'.join(out))

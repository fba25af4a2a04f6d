"""f-strings as CPython 3.11 accepts them: nested quotes of different kinds,
nested format specs, `=` self-documenting expressions with spaces, conversions,
doubled braces, multi-line triple-quoted f-strings, and concatenation with
plain, raw, unicode and other f-strings."""
name = "x"; width = 10; prec = 3; value = 3.14159; items = [1, 2]
a = f"{name}"
b = f'{name!r} {name!s} {name!a}'
c = f"{value:{width}.{prec}f}"
d = f"{value:{width}.{prec}}|{value:>{width}}|{value:<{width}}|{value:^{width}}"
e = f"{name=}"
g = f"{ name = }"
h = f"{name = !r:>10}"
i = f"{value=:.2f}"
j = f"{{literal}} {{{name}}} }}{{"
k = f"{'single'} {'nested ' + 'quotes'} {items[0]} {items[-1]!r}"
l = f'{"double"} {"a" "b"}'
m = f"""{'''triple''' + "x"} {f'{name}'} {f"{f'{name}'}"}"""
n = f'''
multi {name}
line {value:
>{width}}
'''
o = f"{(lambda: 1)()}"
p = f"{name:}" f"{name!r:}" f"{value:{'>'}{width}}"
q = "plain " f"{name}" ' more' f'{value}' "end"
r = u"unicode " f"{name}"
s = rf"\d{name}\n" fr'\x{value}' Rf"{name}\N" fR"{{}}" RF'{name}'
t = f"{3.14:.1f} {10:#x} {10:08b} {1e3:,} {12345:_} {0.5:%}"
u = f"{name!r:{width}}" f"{name:{width}{'s'}}"
v = f"{'{'}{'}'}"
w = f"{x:=10}" if False else f"{(x:=10)}"
y = f"{a if b else c}" f"{a or b}" f"{not a}" f"{a, b}" f"{*items,}"
z = f"{{}}" f"{{" f"}}" f"" f"{''}" f'{""}'
aa = f"{name:{width}}{'':>{width}}"
bb = f"text \N{BULLET} {name} \t \x41 \u00e9"
cc = f"{items[0]:{'>' if True else '<'}{width}}"
dd = f"{  name  }" f"{name  !r}" f"{ value :  >10 }"
ee = f"{name}" "{not a field}" f"{{still not}}"
ff = f"""{
    name
}""" f"{value:\
>10}" if False else 0
gg = f'{dict(a=1)["a"]}' f"{dict(a=1)['a']}"
hh = f"{name}é{value}𝔘"
ii = f"{x!r:^{width}.{prec}}"
jj = F"upper {name}"
kk = f"{await_}" f"{yield_}"

# ARGS: build --emit=ir %s
# A generator function: gen.start ends the ramp; yield, yield from and
# return in the body; a generator expression is a generator function of `.0`.
def gen(n):
    got = yield n
    r = yield from range(got)
    return r


squares = (x * x for x in [1, 2])

# CHECK:STDOUT: module "__main__" file "generators.py" init @tp$module
# CHECK:STDOUT:
# CHECK:STDOUT: func @tp$module() -> object [name "<module>", qualname "<module>", line 1, module_init] {
# CHECK:STDOUT: ^0:
# CHECK:STDOUT:   %0: none = const.none line 4
# CHECK:STDOUT:   %1: none = const.none line 4
# CHECK:STDOUT:   %2: none = const.none line 4
# CHECK:STDOUT:   %3: object = func.new @tp$1$gen %0, %1, %2 line 4
# CHECK:STDOUT:   global.store "gen" %3 line 4
# CHECK:STDOUT:   %4: none = const.none line 10
# CHECK:STDOUT:   %5: none = const.none line 10
# CHECK:STDOUT:   %6: none = const.none line 10
# CHECK:STDOUT:   %7: object = func.new @"tp$2$<genexpr>" %4, %5, %6 line 10
# CHECK:STDOUT:   %8: int = const.int 1 line 10
# CHECK:STDOUT:   %9: object = cast %8 line 10
# CHECK:STDOUT:   %10: int = const.int 2 line 10
# CHECK:STDOUT:   %11: object = cast %10 line 10
# CHECK:STDOUT:   %12: list = list.new %9, %11 line 10
# CHECK:STDOUT:   %13: object = cast %12 line 10
# CHECK:STDOUT:   %14: object = py.iter %13 line 10
# CHECK:STDOUT:   %15: object = py.call %7, %14 line 10
# CHECK:STDOUT:   global.store "squares" %15 line 10
# CHECK:STDOUT:   %16: none = const.none line 10
# CHECK:STDOUT:   %17: object = cast %16 line 10
# CHECK:STDOUT:   ret %17 line 10
# CHECK:STDOUT: }
# CHECK:STDOUT:
# CHECK:STDOUT: func @tp$1$gen(%n) -> object [name "gen", qualname "gen", params (n), line 4, generator] {
# CHECK:STDOUT: ^0(%n: object):
# CHECK:STDOUT:   gen.start line 4
# CHECK:STDOUT:   %0: object = gen.yield %n line 5
# CHECK:STDOUT:   %1: object = builtin.load "range" line 6
# CHECK:STDOUT:   %2: object = py.call %1, %0 line 6
# CHECK:STDOUT:   %3: object = gen.yield_from %2 line 6
# CHECK:STDOUT:   ret %3 line 7
# CHECK:STDOUT: }
# CHECK:STDOUT:
# CHECK:STDOUT: func @"tp$2$<genexpr>"(%".0") -> object [name "<genexpr>", qualname "<genexpr>", params (".0"), line 10, generator] {
# CHECK:STDOUT: ^0(%".0": object):
# CHECK:STDOUT:   gen.start line 10
# CHECK:STDOUT:   br ^1 line 10
# CHECK:STDOUT: ^1:
# CHECK:STDOUT:   check.interrupt line 10
# CHECK:STDOUT:   %0: object = py.next %".0" line 10
# CHECK:STDOUT:   %1: bool = is_null %0 line 10
# CHECK:STDOUT:   cond_br %1, ^3, ^2 line 10
# CHECK:STDOUT: ^2:
# CHECK:STDOUT:   %2: object = py.binop mul %0, %0 line 10
# CHECK:STDOUT:   %3: object = gen.yield %2 line 10
# CHECK:STDOUT:   br ^1 line 10
# CHECK:STDOUT: ^3:
# CHECK:STDOUT:   %4: none = const.none line 10
# CHECK:STDOUT:   %5: object = cast %4 line 10
# CHECK:STDOUT:   ret %5 line 10
# CHECK:STDOUT: }
# CHECK:EXIT: 0

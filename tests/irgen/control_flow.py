# ARGS: build --emit=ir %s
# SSA block arguments at joins, short-circuit conditions, try/except.
def f(xs, d):
    best = None
    for x in xs:
        if x > 0 and x != 3:
            best = x
        elif not x:
            continue
        else:
            break
    try:
        v = d[best]
    except KeyError as e:
        v = 0
    return v


print(f([1, 2, 0, 5, -1], {5: "five"}))

# CHECK:STDOUT: module "__main__" file "control_flow.py" init @tp$module
# CHECK:STDOUT:
# CHECK:STDOUT: func @tp$module() -> object [name "<module>", qualname "<module>", line 1, module_init] {
# CHECK:STDOUT: ^0:
# CHECK:STDOUT:   %0: none = const.none line 3
# CHECK:STDOUT:   %1: none = const.none line 3
# CHECK:STDOUT:   %2: none = const.none line 3
# CHECK:STDOUT:   %3: object = func.new @tp$1$f %0, %1, %2 line 3
# CHECK:STDOUT:   global.store "f" %3 line 3
# CHECK:STDOUT:   %4: object = builtin.load "print" line 19
# CHECK:STDOUT:   %5: int = const.int 1 line 19
# CHECK:STDOUT:   %6: object = cast %5 line 19
# CHECK:STDOUT:   %7: int = const.int 2 line 19
# CHECK:STDOUT:   %8: object = cast %7 line 19
# CHECK:STDOUT:   %9: int = const.int 0 line 19
# CHECK:STDOUT:   %10: object = cast %9 line 19
# CHECK:STDOUT:   %11: int = const.int 5 line 19
# CHECK:STDOUT:   %12: object = cast %11 line 19
# CHECK:STDOUT:   %13: int = const.int -1 line 19
# CHECK:STDOUT:   %14: object = cast %13 line 19
# CHECK:STDOUT:   %15: list = list.new %6, %8, %10, %12, %14 line 19
# CHECK:STDOUT:   %16: int = const.int 5 line 19
# CHECK:STDOUT:   %17: object = cast %16 line 19
# CHECK:STDOUT:   %18: str = const.str "five" line 19
# CHECK:STDOUT:   %19: object = cast %18 line 19
# CHECK:STDOUT:   %20: object = dict.new %17, %19 line 19
# CHECK:STDOUT:   %21: object = cast %15 line 19
# CHECK:STDOUT:   %22: object = call.direct @tp$1$f %21, %20 line 19
# CHECK:STDOUT:   %23: object = py.call %4, %22 line 19
# CHECK:STDOUT:   %24: none = const.none line 19
# CHECK:STDOUT:   %25: object = cast %24 line 19
# CHECK:STDOUT:   ret %25 line 19
# CHECK:STDOUT: }
# CHECK:STDOUT:
# CHECK:STDOUT: func @tp$1$f(%xs, %d) -> object [name "f", qualname "f", params (xs, d), line 3] {
# CHECK:STDOUT: ^0(%xs: object, %d: object):
# CHECK:STDOUT:   %0: none = const.none line 4
# CHECK:STDOUT:   %1: object = py.iter %xs line 5
# CHECK:STDOUT:   %2: object = cast %0 line 13
# CHECK:STDOUT:   br ^1(%2) line 5
# CHECK:STDOUT: ^1(%best: object):
# CHECK:STDOUT:   %3: object = py.next %1 line 5
# CHECK:STDOUT:   %4: bool = is_null %3 line 5
# CHECK:STDOUT:   cond_br %4, ^3, ^2 line 5
# CHECK:STDOUT: ^2:
# CHECK:STDOUT:   %5: int = const.int 0 line 6
# CHECK:STDOUT:   %6: object = cast %5 line 6
# CHECK:STDOUT:   %7: object = py.compare gt %3, %6 line 6
# CHECK:STDOUT:   %8: bool = py.truth %7 line 6
# CHECK:STDOUT:   cond_br %8, ^6, ^5 line 6
# CHECK:STDOUT: ^3:
# CHECK:STDOUT:   %9: object = py.getitem %d, %best unwind ^10 line 13
# CHECK:STDOUT:   br ^9(%9) line 13
# CHECK:STDOUT: ^4:
# CHECK:STDOUT:   check.interrupt line 11
# CHECK:STDOUT:   br ^1(%3) line 11
# CHECK:STDOUT: ^5:
# CHECK:STDOUT:   %10: bool = py.truth %3 line 8
# CHECK:STDOUT:   cond_br %10, ^8, ^7 line 8
# CHECK:STDOUT: ^6:
# CHECK:STDOUT:   %11: int = const.int 3 line 6
# CHECK:STDOUT:   %12: object = cast %11 line 6
# CHECK:STDOUT:   %13: object = py.compare ne %3, %12 line 6
# CHECK:STDOUT:   %14: bool = py.truth %13 line 6
# CHECK:STDOUT:   cond_br %14, ^4, ^5 line 6
# CHECK:STDOUT: ^7:
# CHECK:STDOUT:   check.interrupt line 9
# CHECK:STDOUT:   br ^1(%best) line 9
# CHECK:STDOUT: ^8:
# CHECK:STDOUT:   br ^3 line 11
# CHECK:STDOUT: ^9(%v: object):
# CHECK:STDOUT:   ret %v line 16
# CHECK:STDOUT: ^10:
# CHECK:STDOUT:   %15: object = exc.current line 13
# CHECK:STDOUT:   %16: object = builtin.load "KeyError" line 14
# CHECK:STDOUT:   %17: bool = exc.matches %15, %16 line 14
# CHECK:STDOUT:   cond_br %17, ^11, ^12 line 14
# CHECK:STDOUT: ^11:
# CHECK:STDOUT:   exc.push %15 line 14
# CHECK:STDOUT:   %18: int = const.int 0 line 15
# CHECK:STDOUT:   exc.pop line 15
# CHECK:STDOUT:   %19: object = cast %18 line 16
# CHECK:STDOUT:   br ^9(%19) line 15
# CHECK:STDOUT: ^12:
# CHECK:STDOUT:   raise line 15
# CHECK:STDOUT: }
# CHECK:EXIT: 0

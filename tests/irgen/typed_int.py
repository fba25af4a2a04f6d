# ARGS: build --emit=ir %s
# A typed clone of an int-annotated function: int.* ops and call.direct.
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def total(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i
    return s


print(fib(10), total(5))

# CHECK:STDOUT: module "__main__" file "typed_int.py" init @tp$module
# CHECK:STDOUT:
# CHECK:STDOUT: func @tp$module() -> object [name "<module>", qualname "<module>", line 1, module_init] {
# CHECK:STDOUT: ^0:
# CHECK:STDOUT:   %0: none = const.none line 3
# CHECK:STDOUT:   %1: none = const.none line 3
# CHECK:STDOUT:   %2: none = const.none line 3
# CHECK:STDOUT:   %3: str = const.str "n" line 3
# CHECK:STDOUT:   %4: object = builtin.load "int" line 3
# CHECK:STDOUT:   %5: str = const.str "return" line 3
# CHECK:STDOUT:   %6: object = builtin.load "int" line 3
# CHECK:STDOUT:   %7: object = func.new @tp$1$fib %0, %1, %2 line 3
# CHECK:STDOUT:   %8: object = dict.new %3, %4, %5, %6 line 3
# CHECK:STDOUT:   py.setattr "__annotations__" %7, %8 line 3
# CHECK:STDOUT:   global.store "fib" %7 line 3
# CHECK:STDOUT:   %9: none = const.none line 9
# CHECK:STDOUT:   %10: none = const.none line 9
# CHECK:STDOUT:   %11: none = const.none line 9
# CHECK:STDOUT:   %12: str = const.str "n" line 9
# CHECK:STDOUT:   %13: object = builtin.load "int" line 9
# CHECK:STDOUT:   %14: str = const.str "return" line 9
# CHECK:STDOUT:   %15: object = builtin.load "int" line 9
# CHECK:STDOUT:   %16: object = func.new @tp$4$total %9, %10, %11 line 9
# CHECK:STDOUT:   %17: object = dict.new %12, %13, %14, %15 line 9
# CHECK:STDOUT:   py.setattr "__annotations__" %16, %17 line 9
# CHECK:STDOUT:   global.store "total" %16 line 9
# CHECK:STDOUT:   %18: object = builtin.load "print" line 16
# CHECK:STDOUT:   %19: int = const.int 10 line 16
# CHECK:STDOUT:   %20: int = call.direct @tp$2$fib$typed %19 line 16
# CHECK:STDOUT:   %21: object = cast %20 line 16
# CHECK:STDOUT:   %22: int = const.int 5 line 16
# CHECK:STDOUT:   %23: int = call.direct @tp$5$total$typed %22 line 16
# CHECK:STDOUT:   %24: object = cast %23 line 16
# CHECK:STDOUT:   %25: object = py.call %18, %21, %24 line 16
# CHECK:STDOUT:   %26: none = const.none line 16
# CHECK:STDOUT:   %27: object = cast %26 line 16
# CHECK:STDOUT:   ret %27 line 16
# CHECK:STDOUT: }
# CHECK:STDOUT:
# CHECK:STDOUT: func @tp$1$fib(%n) -> object [name "fib", qualname "fib", params (n), line 3] {
# CHECK:STDOUT: ^0(%n: object):
# CHECK:STDOUT:   %0: bool = type.is %n [text "int"] line 3
# CHECK:STDOUT:   cond_br %0, ^2, ^1 line 3
# CHECK:STDOUT: ^1:
# CHECK:STDOUT:   %1: object = call.direct @tp$3$fib$generic %n [i 1] line 3
# CHECK:STDOUT:   ret %1 line 3
# CHECK:STDOUT: ^2:
# CHECK:STDOUT:   %2: int = cast %n line 3
# CHECK:STDOUT:   %3: int = call.direct @tp$2$fib$typed %2 [i 1] line 3
# CHECK:STDOUT:   %4: object = cast %3 line 3
# CHECK:STDOUT:   ret %4 line 3
# CHECK:STDOUT: }
# CHECK:STDOUT:
# CHECK:STDOUT: func @tp$2$fib$typed(%n) -> int [name "fib", qualname "fib", params (n), line 3] {
# CHECK:STDOUT: ^0(%n: int):
# CHECK:STDOUT:   %0: int = const.int 2 line 4
# CHECK:STDOUT:   %1: bool = int.lt %n, %0 line 4
# CHECK:STDOUT:   cond_br %1, ^1, ^2 line 4
# CHECK:STDOUT: ^1:
# CHECK:STDOUT:   ret %n line 5
# CHECK:STDOUT: ^2:
# CHECK:STDOUT:   %2: int = const.int 1 line 6
# CHECK:STDOUT:   %3: int = int.sub %n, %2 line 6
# CHECK:STDOUT:   %4: int = call.direct @tp$2$fib$typed %3 line 6
# CHECK:STDOUT:   %5: int = const.int 2 line 6
# CHECK:STDOUT:   %6: int = int.sub %n, %5 line 6
# CHECK:STDOUT:   %7: int = call.direct @tp$2$fib$typed %6 line 6
# CHECK:STDOUT:   %8: int = int.add %4, %7 line 6
# CHECK:STDOUT:   ret %8 line 6
# CHECK:STDOUT: }
# CHECK:STDOUT:
# CHECK:STDOUT: func @tp$3$fib$generic(%n) -> object [name "fib", qualname "fib", params (n), line 3] {
# CHECK:STDOUT: ^0(%n: object):
# CHECK:STDOUT:   %0: int = const.int 2 line 4
# CHECK:STDOUT:   %1: object = cast %0 line 4
# CHECK:STDOUT:   %2: object = py.compare lt %n, %1 line 4
# CHECK:STDOUT:   %3: bool = py.truth %2 line 4
# CHECK:STDOUT:   cond_br %3, ^1, ^2 line 4
# CHECK:STDOUT: ^1:
# CHECK:STDOUT:   ret %n line 5
# CHECK:STDOUT: ^2:
# CHECK:STDOUT:   %4: int = const.int 1 line 6
# CHECK:STDOUT:   %5: object = cast %4 line 6
# CHECK:STDOUT:   %6: object = py.binop sub %n, %5 line 6
# CHECK:STDOUT:   %7: object = call.direct @tp$1$fib %6 line 6
# CHECK:STDOUT:   %8: int = const.int 2 line 6
# CHECK:STDOUT:   %9: object = cast %8 line 6
# CHECK:STDOUT:   %10: object = py.binop sub %n, %9 line 6
# CHECK:STDOUT:   %11: object = call.direct @tp$1$fib %10 line 6
# CHECK:STDOUT:   %12: object = py.binop add %7, %11 line 6
# CHECK:STDOUT:   ret %12 line 6
# CHECK:STDOUT: }
# CHECK:STDOUT:
# CHECK:STDOUT: func @tp$4$total(%n) -> object [name "total", qualname "total", params (n), line 9] {
# CHECK:STDOUT: ^0(%n: object):
# CHECK:STDOUT:   %0: bool = type.is %n [text "int"] line 9
# CHECK:STDOUT:   cond_br %0, ^2, ^1 line 9
# CHECK:STDOUT: ^1:
# CHECK:STDOUT:   %1: object = call.direct @tp$6$total$generic %n [i 1] line 9
# CHECK:STDOUT:   ret %1 line 9
# CHECK:STDOUT: ^2:
# CHECK:STDOUT:   %2: int = cast %n line 9
# CHECK:STDOUT:   %3: int = call.direct @tp$5$total$typed %2 [i 1] line 9
# CHECK:STDOUT:   %4: object = cast %3 line 9
# CHECK:STDOUT:   ret %4 line 9
# CHECK:STDOUT: }
# CHECK:STDOUT:
# CHECK:STDOUT: func @tp$5$total$typed(%n) -> int [name "total", qualname "total", params (n), line 9] {
# CHECK:STDOUT: ^0(%n: int):
# CHECK:STDOUT:   %0: int = const.int 0 line 10
# CHECK:STDOUT:   %1: int = const.int 0 line 11
# CHECK:STDOUT:   %2: bool = int.is_index %n line 11
# CHECK:STDOUT:   cond_br %2, ^4(%1, %0), ^8 line 11
# CHECK:STDOUT: ^1(%3: int, %s: int):
# CHECK:STDOUT:   %4: bool = int.lt %3, %n line 11
# CHECK:STDOUT:   cond_br %4, ^2, ^3(%s) line 11
# CHECK:STDOUT: ^2:
# CHECK:STDOUT:   %5: int = const.int 1 line 11
# CHECK:STDOUT:   %6: int = int.add %3, %5 line 11
# CHECK:STDOUT:   %7: int = int.mul %3, %3 line 12
# CHECK:STDOUT:   %8: int = int.add %s, %7 line 12
# CHECK:STDOUT:   check.interrupt line 12
# CHECK:STDOUT:   br ^1(%6, %8) line 12
# CHECK:STDOUT: ^3(%s.1: int):
# CHECK:STDOUT:   ret %s.1 line 13
# CHECK:STDOUT: ^4(%9: int, %s.2: int):
# CHECK:STDOUT:   %10: bool = int.lt_small %9, %n line 11
# CHECK:STDOUT:   cond_br %10, ^5, ^3(%s.2) line 11
# CHECK:STDOUT: ^5:
# CHECK:STDOUT:   int.assume_index %9 line 11
# CHECK:STDOUT:   %11: int = const.int 1 line 11
# CHECK:STDOUT:   %12: int = int.add_small %9, %11 line 11
# CHECK:STDOUT:   %13: int = int.mul %9, %9 line 12
# CHECK:STDOUT:   %14: int = int.add %s.2, %13 line 12
# CHECK:STDOUT:   check.interrupt line 12
# CHECK:STDOUT:   br ^4(%12, %14) line 12
# CHECK:STDOUT: ^6(%15: int, %s.3: int):
# CHECK:STDOUT:   %16: bool = int.lt_small %15, %n line 11
# CHECK:STDOUT:   cond_br %16, ^7, ^3(%s.3) line 11
# CHECK:STDOUT: ^7:
# CHECK:STDOUT:   %17: int = const.int 1 line 11
# CHECK:STDOUT:   %18: int = int.add_small %15, %17 line 11
# CHECK:STDOUT:   %19: int = int.mul %15, %15 line 12
# CHECK:STDOUT:   %20: int = int.add %s.3, %19 line 12
# CHECK:STDOUT:   check.interrupt line 12
# CHECK:STDOUT:   br ^6(%18, %20) line 12
# CHECK:STDOUT: ^8:
# CHECK:STDOUT:   %21: bool = int.is_small %n line 11
# CHECK:STDOUT:   cond_br %21, ^6(%1, %0), ^1(%1, %0) line 11
# CHECK:STDOUT: }
# CHECK:STDOUT:
# CHECK:STDOUT: func @tp$6$total$generic(%n) -> object [name "total", qualname "total", params (n), line 9] {
# CHECK:STDOUT: ^0(%n: object):
# CHECK:STDOUT:   %0: int = const.int 0 line 10
# CHECK:STDOUT:   %1: int = int.index %n line 11
# CHECK:STDOUT:   %2: int = const.int 0 line 11
# CHECK:STDOUT:   %3: bool = int.is_index %1 line 11
# CHECK:STDOUT:   cond_br %3, ^4(%2, %0), ^8 line 11
# CHECK:STDOUT: ^1(%4: int, %s: int):
# CHECK:STDOUT:   %5: bool = int.lt %4, %1 line 11
# CHECK:STDOUT:   cond_br %5, ^2, ^3(%s) line 11
# CHECK:STDOUT: ^2:
# CHECK:STDOUT:   %6: int = const.int 1 line 11
# CHECK:STDOUT:   %7: int = int.add %4, %6 line 11
# CHECK:STDOUT:   %8: int = int.mul %4, %4 line 12
# CHECK:STDOUT:   %9: int = int.add %s, %8 line 12
# CHECK:STDOUT:   check.interrupt line 12
# CHECK:STDOUT:   br ^1(%7, %9) line 12
# CHECK:STDOUT: ^3(%s.1: int):
# CHECK:STDOUT:   %10: object = cast %s.1 line 13
# CHECK:STDOUT:   ret %10 line 13
# CHECK:STDOUT: ^4(%11: int, %s.2: int):
# CHECK:STDOUT:   %12: bool = int.lt_small %11, %1 line 11
# CHECK:STDOUT:   cond_br %12, ^5, ^3(%s.2) line 11
# CHECK:STDOUT: ^5:
# CHECK:STDOUT:   int.assume_index %11 line 11
# CHECK:STDOUT:   %13: int = const.int 1 line 11
# CHECK:STDOUT:   %14: int = int.add_small %11, %13 line 11
# CHECK:STDOUT:   %15: int = int.mul %11, %11 line 12
# CHECK:STDOUT:   %16: int = int.add %s.2, %15 line 12
# CHECK:STDOUT:   check.interrupt line 12
# CHECK:STDOUT:   br ^4(%14, %16) line 12
# CHECK:STDOUT: ^6(%17: int, %s.3: int):
# CHECK:STDOUT:   %18: bool = int.lt_small %17, %1 line 11
# CHECK:STDOUT:   cond_br %18, ^7, ^3(%s.3) line 11
# CHECK:STDOUT: ^7:
# CHECK:STDOUT:   %19: int = const.int 1 line 11
# CHECK:STDOUT:   %20: int = int.add_small %17, %19 line 11
# CHECK:STDOUT:   %21: int = int.mul %17, %17 line 12
# CHECK:STDOUT:   %22: int = int.add %s.3, %21 line 12
# CHECK:STDOUT:   check.interrupt line 12
# CHECK:STDOUT:   br ^6(%20, %22) line 12
# CHECK:STDOUT: ^8:
# CHECK:STDOUT:   %23: bool = int.is_small %1 line 11
# CHECK:STDOUT:   cond_br %23, ^6(%2, %0), ^1(%2, %0) line 11
# CHECK:STDOUT: }
# CHECK:EXIT: 0

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
# CHECK:STDOUT:   %3: object = func.new @tp$1$fib %0, %1, %2 line 3
# CHECK:STDOUT:   global.store "fib" %3 line 3
# CHECK:STDOUT:   %4: none = const.none line 9
# CHECK:STDOUT:   %5: none = const.none line 9
# CHECK:STDOUT:   %6: none = const.none line 9
# CHECK:STDOUT:   %7: object = func.new @tp$3$total %4, %5, %6 line 9
# CHECK:STDOUT:   global.store "total" %7 line 9
# CHECK:STDOUT:   %8: object = builtin.load "print" line 16
# CHECK:STDOUT:   %9: int = const.int 10 line 16
# CHECK:STDOUT:   %10: int = call.direct @tp$2$fib$typed %9 line 16
# CHECK:STDOUT:   %11: object = cast %10 line 16
# CHECK:STDOUT:   %12: int = const.int 5 line 16
# CHECK:STDOUT:   %13: int = call.direct @tp$4$total$typed %12 line 16
# CHECK:STDOUT:   %14: object = cast %13 line 16
# CHECK:STDOUT:   %15: object = py.call %8, %11, %14 line 16
# CHECK:STDOUT:   %16: none = const.none line 16
# CHECK:STDOUT:   %17: object = cast %16 line 16
# CHECK:STDOUT:   ret %17 line 16
# CHECK:STDOUT: }
# CHECK:STDOUT:
# CHECK:STDOUT: func @tp$1$fib(%n) -> object [name "fib", qualname "fib", params (n), line 3] {
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
# CHECK:STDOUT: func @tp$3$total(%n) -> object [name "total", qualname "total", params (n), line 9] {
# CHECK:STDOUT: ^0(%n: object):
# CHECK:STDOUT:   %0: int = const.int 0 line 10
# CHECK:STDOUT:   %1: object = builtin.load "range" line 11
# CHECK:STDOUT:   %2: object = py.call %1, %n line 11
# CHECK:STDOUT:   %3: object = py.iter %2 line 11
# CHECK:STDOUT:   %4: object = cast %0 line 12
# CHECK:STDOUT:   br ^1(%4) line 11
# CHECK:STDOUT: ^1(%s: object):
# CHECK:STDOUT:   %5: object = py.next %3 line 11
# CHECK:STDOUT:   %6: bool = is_null %5 line 11
# CHECK:STDOUT:   cond_br %6, ^3, ^2 line 11
# CHECK:STDOUT: ^2:
# CHECK:STDOUT:   %7: object = py.binop mul %5, %5 line 12
# CHECK:STDOUT:   %8: object = py.binop add %s, %7 [i2 1] line 12
# CHECK:STDOUT:   br ^1(%8) line 12
# CHECK:STDOUT: ^3:
# CHECK:STDOUT:   ret %s line 13
# CHECK:STDOUT: }
# CHECK:STDOUT:
# CHECK:STDOUT: func @tp$4$total$typed(%n) -> int [name "total", qualname "total", params (n), line 9] {
# CHECK:STDOUT: ^0(%n: int):
# CHECK:STDOUT:   %0: int = const.int 0 line 10
# CHECK:STDOUT:   %1: int = const.int 0 line 11
# CHECK:STDOUT:   br ^1(%1, %0) line 11
# CHECK:STDOUT: ^1(%2: int, %s: int):
# CHECK:STDOUT:   %3: bool = int.lt %2, %n line 11
# CHECK:STDOUT:   cond_br %3, ^2, ^3 line 11
# CHECK:STDOUT: ^2:
# CHECK:STDOUT:   %4: int = const.int 1 line 11
# CHECK:STDOUT:   %5: int = int.add %2, %4 line 11
# CHECK:STDOUT:   %6: int = int.mul %2, %2 line 12
# CHECK:STDOUT:   %7: int = int.add %s, %6 line 12
# CHECK:STDOUT:   br ^1(%5, %7) line 12
# CHECK:STDOUT: ^3:
# CHECK:STDOUT:   ret %s line 13
# CHECK:STDOUT: }
# CHECK:EXIT: 0

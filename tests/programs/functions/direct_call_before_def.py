# Calls of a module function from code that may run before its def: the global is read first (NameError while unbound), then the call is direct.
import sys
X = len(sys.argv) * 2

def helper(n: int) -> int:
    return n * X

def early():
    try:
        return later(3)
    except NameError as e:
        return str(e)

print(early())

def later(n: int) -> int:
    return n + 1

def main():
    total = 0
    for i in range(10):
        total += helper(i) + later(i)
    print(total, early())

main()
def helper(n):
    return -1
main()

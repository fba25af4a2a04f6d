# global statements let functions rebind module names.
counter = 0
def bump(n=1):
    global counter
    counter += n

def read():
    return counter

bump()
bump(5)
print(counter, read())
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)

# An uncaught AttributeError on None ends the program with status 1 and CPython's last line.
class Node:
    def __init__(self, nxt=None):
        self.next = nxt
n = Node(Node())
print("walking")
print(n.next.next.value)

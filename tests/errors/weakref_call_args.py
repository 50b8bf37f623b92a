# Calling a weak reference takes no arguments: it answers its target or None.
import weakref


class Node:
    pass


n = Node()
r = weakref.ref(n)
print(r(1))
# error: 11:7: a weak reference takes no arguments when called

# Callbacks run when the target dies, at any release: not supported.
import weakref


class Node:
    pass


def gone(r: weakref.ref[Node]) -> None:
    print("gone")


n = Node()
r = weakref.ref(n, gone)
# error: 14:5: weakref.ref() with a callback is not supported yet by krait

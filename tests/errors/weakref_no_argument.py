# weakref.ref() needs the object it refers to (CPython: TypeError).
import weakref


class Node:
    pass


r = weakref.ref()
# error: 9:5: weakref.ref() takes one argument, the object to refer to

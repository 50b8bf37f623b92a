# A weak reference needs an instance of a program class: CPython refuses
# ints, strs, lists and tuples too (TypeError at run time); krait refuses
# them when compiling.
import weakref

count = 3
r = weakref.ref(count)
# error: 7:17: cannot create weak reference to 'int' object

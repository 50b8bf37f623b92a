# global and nonlocal declarations.
def f():
    global a
    global b, c, d
    def g():
        nonlocal x
        nonlocal y, z

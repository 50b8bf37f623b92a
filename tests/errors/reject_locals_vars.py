def f() -> None:
    a = 1
    print(locals(), vars())
# error: 3:11: locals() is not supported: krait's local variables are C variables, not a dict; use the names directly
# error: 3:21: vars() is not supported: krait objects have no __dict__; use the fields directly

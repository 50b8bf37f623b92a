# Default values are evaluated once, when the def statement runs.
LIMIT = 10

def check(v: int, limit: int = LIMIT) -> bool:
    return v <= limit

print(check(10), check(11))
LIMIT = 20
print(LIMIT, check(15), check(15, LIMIT))

calls = 0

def make_default() -> int:
    global calls
    calls += 1
    print("make_default called")
    return 42

def f(x: int = make_default()) -> int:
    return x

print("after def, calls =", calls)
print(f(), f(), f(1))
print("calls =", calls)

def label(n: int, prefix: str = "#" * 3) -> str:
    return prefix + str(n)

print(label(1), label(2, "no."))

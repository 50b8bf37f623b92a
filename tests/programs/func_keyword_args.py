def describe(name: str, age: int, city: str = "Paris", score: float = 0.0) -> str:
    return f"{name} ({age}) from {city}, score {score}"

print(describe("Ann", 30))
print(describe(age=41, name="Bob"))
print(describe("Cid", city="Rome", age=22))
print(describe("Dee", 19, score=9.5))
print(describe(score=1.25, city="Oslo", age=60, name="Eve"))

def trace(tag: str) -> int:
    print("evaluating", tag)
    return len(tag)

def three(a: int, b: int, c: int) -> str:
    return f"a={a} b={b} c={c}"

# Arguments are evaluated left to right as written, whatever the parameter order.
print(three(c=trace("first"), a=trace("second!"), b=trace("3rd")))
print(three(trace("x"), c=trace("yy"), b=trace("zzz")))

def only_kw(x: int, *, flag: bool = False, step: int = 1) -> int:
    return x + step if flag else x - step

print(only_kw(10), only_kw(10, flag=True), only_kw(10, step=5), only_kw(10, step=3, flag=True))

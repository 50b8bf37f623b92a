def greet(name: str, greeting: str = "Hello", punct: str = "!") -> str:
    return greeting + ", " + name + punct

print(greet("Ada"))
print(greet("Ada", "Hi"))
print(greet("Ada", "Hi", "?"))
print(greet("Ada", punct="."))

def scale(x: float, factor: float = 2.0, offset: float = 0.0) -> float:
    return x * factor + offset

print(scale(1.5), scale(1.5, 3.0), scale(1.5, offset=1.0), scale(1.5, 0.5, -1.0))

def clamp(v: int, lo: int = 0, hi: int = 100) -> int:
    if v < lo:
        return lo
    if v > hi:
        return hi
    return v

for v in [-5, 50, 500]:
    print(clamp(v), clamp(v, -10), clamp(v, hi=10), clamp(v, lo=60, hi=70))

def count_down(n: int = 3) -> None:
    while n > 0:
        print("tick", n)
        n -= 1
    print("done")

count_down()
count_down(1)
count_down(0)

calls = 0

def mid(v: int) -> int:
    global calls
    calls += 1
    print("mid evaluated ->", v)
    return v

print(1 < mid(2) < 3)
print("calls", calls)
print(5 < mid(2) < 3)
print("calls", calls)
print(1 < mid(5) < 3)
print("calls", calls)
def side(tag: str, v: int) -> int:
    print("eval", tag)
    return v
print(side("a", 1) < side("b", 2) < side("c", 3) < side("d", 4))
print(side("a", 1) < side("b", 0) < side("c", 3) < side("d", 4))
print(side("a", 1) == side("b", 1) != side("c", 1))
x = 5
print(0 < x < 10 > 7 >= 7 == 7)

# Floor division rounds toward negative infinity, not toward zero like C.
def show(a: int, b: int) -> None:
    print(a, "//", b, "=", a // b)

show(7, 2)
show(-7, 2)
show(7, -2)
show(-7, -2)
show(0, 5)
show(0, -5)
show(-1, 3)
show(1, -3)
show(-6, 3)
show(6, -3)
show(-9, 4)
show(123456789012345, -1000)
show(-123456789012345, 1000)
show(-4611686018427387903, 2)
show(4611686018427387903, -7)

# floor division of floats also floors
print(-7.5 // 2)
print(7.5 // -2)
print(-7.5 // -2)
print(7.0 // 2)
print(-0.5 // 1)
print(0.5 // -1)
print(-1 // 2.0)
print(1 // -2.0)
print(-1e-300 // 1.0)

# a loop that steps back with floor division
n = -100
steps = 0
while n != -1:
    n = n // 2
    steps += 1
    print("n", n)
print("steps", steps)

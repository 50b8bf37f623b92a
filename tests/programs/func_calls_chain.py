def square(x: int) -> int:
    return x * x

def sum_squares(n: int) -> int:
    total = 0
    for i in range(1, n + 1):
        total += square(i)
    return total

def mean_square(n: int) -> float:
    return sum_squares(n) / n

def report(n: int) -> str:
    return f"n={n} sum={sum_squares(n)} mean={mean_square(n):.3f}"

for n in [1, 2, 10, 100]:
    print(report(n))

def compose_twice(x: int) -> int:
    return square(square(x))

print(compose_twice(3), square(compose_twice(2)), square(-4))

def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)

print(is_even(10), is_odd(10), is_even(7), is_odd(7), is_even(0))

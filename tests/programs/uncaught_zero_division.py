def average(xs: list[int]) -> float:
    total = 0
    for x in xs:
        total += x
    return total / len(xs)

print(average([1, 2, 3, 4]))
print(average([10]))
try:
    print(average([]))
except ZeroDivisionError as e:
    print("caught:", e)

def ratio(a: int, b: int) -> int:
    try:
        return a // b
    finally:
        print("ratio finally", a, b)

print(ratio(9, 2))
print(ratio(1, 0))
print("not reached")

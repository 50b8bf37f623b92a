a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a == b)
c = a[:]
c.append(5)
print(a, c)
def add_item(lst: list[int], v: int) -> None:
    lst.append(v)
add_item(a, 99)
print(a, b)
def rebind(lst: list[int]) -> list[int]:
    lst = [0]
    return lst
r = rebind(a)
print(a, r)
m = [a, a]
a[0] = -1
print(m)
x = [0] * 2
y = x
x = x + [1]
print(x, y)

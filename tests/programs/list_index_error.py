xs = [1, 2, 3]
for bad in [3, -4, 10]:
    try:
        print(xs[bad])
    except IndexError as e:
        print(bad, "IndexError:", e)
    try:
        xs[bad] = 0
    except IndexError as e:
        print(bad, "IndexError:", e)
empty: list[int] = []
try:
    print(empty[0])
except IndexError as e:
    print("IndexError:", e)
print(xs[-3], xs[2])
def get(lst: list[int], i: int) -> int:
    return lst[i]
print("about to fail")
print(get(xs, 5))
print("not reached")

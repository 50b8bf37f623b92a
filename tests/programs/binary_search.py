def bisect_left(a: list[int], x: int) -> int:
    lo = 0
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a: list[int], x: int) -> int:
    lo = 0
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def find(a: list[int], x: int) -> int:
    i = bisect_left(a, x)
    if i < len(a) and a[i] == x:
        return i
    return -1


data = [-10, -3, 0, 0, 0, 2, 5, 5, 8, 13, 21, 34]
for x in [-11, -10, -4, 0, 1, 5, 8, 34, 35]:
    print(x, bisect_left(data, x), bisect_right(data, x), find(data, x))
empty: list[int] = []
print(bisect_left(empty, 3), find(empty, 3))

def isqrt_bs(n: int) -> int:
    lo = 0
    hi = n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo

for n in [0, 1, 15, 16, 17, 10 ** 8, 10 ** 8 - 1]:
    print("isqrt", n, isqrt_bs(n))

def float_root(f: float) -> float:
    lo = 0.0
    hi = max(1.0, f)
    for k in range(100):
        mid = (lo + hi) / 2
        if mid * mid < f:
            lo = mid
        else:
            hi = mid
    return hi

print(float_root(2.0), float_root(0.25), float_root(1e6))

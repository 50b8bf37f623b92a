# Leaving a for over a generator early: break, return and an exception in the body.
from typing import Iterator


def naturals() -> Iterator[int]:
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("naturals stopped at", n)


def first_square_above(limit: int) -> int:
    for n in naturals():
        if n * n > limit:
            return n
    return -1


print(first_square_above(50))

for n in naturals():
    if n == 3:
        break
print("broke out")

try:
    for n in naturals():
        if n == 2:
            raise RuntimeError("stop here")
except RuntimeError as e:
    print("error:", e)

total = 0
for n in naturals():
    total += n
    if total > 20:
        break
print("total", total)

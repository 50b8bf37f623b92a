# Optional values: `is None` tests narrow them, `or` supplies defaults, and
# the truth of an Optional[int] holding 0 is False (not "is not None").
from typing import Optional


def double(x: Optional[int]) -> int:
    if x is None:
        return -1
    return x * 2


def describe(x: Optional[int]) -> str:
    if x:
        return "truthy " + str(x + 1)
    return "falsy"


def first_even(xs: list[int]) -> Optional[int]:
    for x in xs:
        if x % 2 == 0:
            return x
    return None


def parse(text: str) -> Optional[int]:
    if text.isdigit():
        return int(text)
    return None


def total_known(readings: list[str]) -> int:
    t = 0
    for text in readings:
        r = parse(text)
        if r is None:
            continue
        t += r
    return t


def checked(x: Optional[float]) -> float:
    assert x is not None, "missing"
    return x / 2


print(double(None), double(4), double(0))
print(describe(None), describe(0), describe(5))
y: Optional[int] = 0
print(y or 42, y is None, y is not None)
best = None
for k in [5, 3, 8, 1]:
    if best is None or k > best:
        best = k
print("best", best)
e = first_even([1, 3, 6, 7])
if e is not None and e > 4:
    print("even above 4:", e + 0)
print(first_even([1, 3]) or -1, first_even([2]) or -1)
print(total_known(["1", "x", "3", "", "5"]))
print(checked(3), checked(1.5))
name: Optional[str] = None
print(name or "anonymous")
name = ""
print(name or "empty", repr(name))
name = "ada"
print(name or "x", len(name) if name is not None else -1)
sig = True
raw = 12
if sig and raw & 4:
    print("bit 2 set")
if not (sig and raw & 3):
    print("bits 0-1 clear")
n: Optional[int] = None
count = 0
while n is None or n < 100:
    n = 1 if n is None else n * 3
    count += 1
print(n, count)
try:
    print(checked(None))
except AssertionError as err:
    print("AssertionError:", err)

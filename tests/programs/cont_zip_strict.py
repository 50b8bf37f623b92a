# zip() of nothing, and zip(strict=True) with CPython's texts.
print(list(zip()), list(zip([1, 2], "ab", strict=True)))
cases = [([1, 2], [1]), ([1], [1, 2])]
for a, b in cases:
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(list(zip([1], [1], [1, 2], strict=True)))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], [3], strict=False)))

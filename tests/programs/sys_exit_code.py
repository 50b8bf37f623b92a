import sys

def check(values: list[int]) -> int:
    bad = 0
    for v in values:
        if v < 0:
            bad += 1
    return bad

vals = [3, -1, 4, -1, 5]
n = check(vals)
print("negative values:", n)
if n > 0:
    print("exiting with status 3")
    sys.exit(3)
print("not reached")

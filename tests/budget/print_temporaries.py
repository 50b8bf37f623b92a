# Text built only to be printed (f-strings, str(), concatenation, hex())
# lives on the scratch stack for its statement: the heap is never used.
# krait-options: --target cortex-m0 --stack-estimate
# budget: site 15 stack
# budget: site 16 stack
# budget: site 17 stack
# budget: sites heap=0
# budget: heap-peak 0


def show(a: int, b: int, c: int, scale: float) -> None:
    total = a + b + c
    mean = total / 3
    for i in range(3):
        print(f"n={i} mean={mean * scale:.2f} {'ok' if mean > i else 'low'}")
        print("total: " + str(total + i) + " raw")
        print(total, hex(total * i), str(mean))


show(3, 5, 8, 0.5)
show(100, 200, 300, 1.5)

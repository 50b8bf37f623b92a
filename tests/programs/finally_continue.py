total = 0
for i in range(6):
    try:
        if i % 2 == 0:
            continue
        total += i
        print("odd", i)
    finally:
        print("finally", i)
print("total", total)

def skip_errors(vals: list[str]) -> int:
    s = 0
    for v in vals:
        try:
            s += int(v)
        except ValueError:
            print("bad", repr(v))
            continue
        finally:
            print("seen", repr(v))
        print("added", v)
    return s

print(skip_errors(["1", "x", "3", "", "5"]))
n = 0
while n < 4:
    n += 1
    try:
        if n == 2:
            continue
        print("while body", n)
    finally:
        print("while finally", n)

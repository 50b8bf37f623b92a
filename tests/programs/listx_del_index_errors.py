# IndexError and ValueError texts from lists, as CPython prints them.
buf = [10, 20, 30]
tests = [5, -4, 2, -1]
for i in tests:
    try:
        print("buf[%d] =" % i, buf[i])
    except IndexError as e:
        print("read", i, "->", e)
try:
    buf[3] = 1
except IndexError as e:
    print("write ->", e)
try:
    del buf[7]
except IndexError as e:
    print("del ->", e)
try:
    buf.pop(9)
except IndexError as e:
    print("pop ->", e)
empty: list[int] = []
try:
    print(max(empty))
except ValueError as e:
    print("max ->", e)
try:
    print(min(empty))
except ValueError as e:
    print("min ->", e)
print(buf)

def parse(s: str) -> int:
    try:
        v = int(s)
        print("parsed", v)
        return v
    except ValueError as e:
        print("bad input:", e)
        return -1

print(parse("12"), parse("x1"), parse(" 7 "))
try:
    raise ValueError("custom message")
except ValueError as e:
    print("caught:", e)
try:
    raise RuntimeError("boom")
except RuntimeError as e:
    print("caught runtime:", e, str(e), len(str(e)))
try:
    raise TypeError("wrong type")
except TypeError as e:
    print("caught type error:", e)
try:
    raise IndexError
except IndexError as e:
    print("bare class raised, message:", repr(str(e)))
try:
    raise ValueError()
except ValueError as e:
    print("empty message:", repr(str(e)))
try:
    raise ValueError("x")
except ValueError:
    print("caught without binding")
count = 0
for s in ["1", "2", "three", "4", "", "5"]:
    try:
        count += int(s)
    except ValueError:
        print("skipping", repr(s))
print("count", count)

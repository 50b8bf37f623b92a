# Unpacking a list checks its length when it runs, with CPython's messages.
def parse_pair(text: str) -> tuple[str, str]:
    key, value = text.split("=")
    return key.strip(), value.strip()


for line in ["mode = fast", "gain=3", "broken", "a=b=c"]:
    try:
        k, v = parse_pair(line)
        print(repr(k), repr(v))
    except ValueError as e:
        print("ValueError:", e)
xs = [3, 1, 2]
a, b, c = xs
print(a + b + c, [c, b, a])
first, second = sorted(["pear", "apple"]) if False else ["pear", "apple"]
print(first, second)
lo, hi = [min(xs), max(xs)]
print(lo, hi)
r = range(3)
print(list(r), sum(r), r)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)

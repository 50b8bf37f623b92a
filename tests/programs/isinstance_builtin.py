a = 5
b = 2.5
c = "text"
d = True
print(isinstance(a, int), isinstance(a, float), isinstance(a, str))
print(isinstance(b, int), isinstance(b, float), isinstance(b, str))
print(isinstance(c, int), isinstance(c, float), isinstance(c, str))
print(isinstance(d, int), isinstance(d, float), isinstance(d, bool))
print(isinstance(a / 1, float), isinstance(a // 1, int), isinstance(b // 1, float), isinstance(a ** 2, int))
print(isinstance(str(a), str), isinstance(int(b), int), isinstance(float(a), float), isinstance(len(c), int))
print(isinstance(round(b), int), isinstance(round(b, 1), float), isinstance(abs(-3), int), isinstance(abs(-3.0), float))
def describe(x: float) -> str:
    if isinstance(x, float):
        return "float " + repr(x)
    return "other"
print(describe(1.5), describe(2.0))

# Assignment expressions.
if (n := len(a)) > 10:
    pass
while chunk := f.read(10):
    pass
x = [y := f(x), y ** 2]
print(z := 1)
value = (w := 5)
if any((hit := v) > 3 for v in values):
    pass
match (m := 1):
    case _:
        pass

def attempt(kind: int) -> str:
    a = 7
    z = 0
    fa = 7.0
    fz = 0.0
    if kind == 0:
        return str(a / z)
    if kind == 1:
        return str(a // z)
    if kind == 2:
        return str(a % z)
    if kind == 3:
        return str(fa / fz)
    if kind == 4:
        return str(fa // fz)
    if kind == 5:
        return str(fa % fz)
    if kind == 6:
        return str(divmod(a, z))
    if kind == 7:
        return str(divmod(fa, fz))
    if kind == 8:
        return str(a / fz)
    if kind == 9:
        return str(fz ** -1)
    if kind == 10:
        return str(a // fz)
    if kind == 11:
        return str(-fa % z)
    return "ok"

for k in range(13):
    try:
        print(k, attempt(k))
    except ZeroDivisionError as e:
        print(k, "ZeroDivisionError:", e)
x = 10
x_ok = 0
try:
    x //= x_ok
except ZeroDivisionError as e:
    print("augmented:", e)
try:
    x %= x_ok
except ZeroDivisionError as e:
    print("augmented:", e)
print(x)

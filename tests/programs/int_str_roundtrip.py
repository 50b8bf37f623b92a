def itoa(n: int, base: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    neg = n < 0
    if neg:
        n = -n
    out = ""
    while n > 0:
        out = digits[n % base] + out
        n //= base
    return "-" + out if neg else out

vals = [0, 1, -1, 9, 10, -10, 255, 4095, 65535, -32768, 123456789, -987654321, 2 ** 62 - 1, -(2 ** 62)]
for v in vals:
    s10 = itoa(v, 10)
    print(s10, s10 == str(v), itoa(v, 16), itoa(v, 2)[-12:], itoa(v, 36), int(itoa(v, 36), 36) == v)
for v in vals:
    assert int(str(v)) == v
    assert int(hex(v), 16) == v
    assert int(bin(v), 2) == v
    assert int(oct(v), 8) == v
print("all round trips ok")
print(len(str(2 ** 62)), str(-5)[0], str(10 ** 18)[1:4], str(12345)[::-1])

def luhn_ok(number: str) -> bool:
    digits = number.replace(" ", "").replace("-", "")
    if digits == "" or not digits.isdigit():
        return False
    total = 0
    double = False
    for i in range(len(digits) - 1, -1, -1):
        d = ord(digits[i]) - 48
        if double:
            d *= 2
            if d > 9:
                d -= 9
        total += d
        double = not double
    return total % 10 == 0

def luhn_digit(partial: str) -> int:
    for d in range(10):
        if luhn_ok(partial + str(d)):
            return d
    return -1

for n in ["4539 3195 0343 6467", "8273 1232 7352 0569", "79927398713", "79927398710", "0", "", "12a4", "059", "4111-1111-1111-1111"]:
    print(f"{n!r:24} {luhn_ok(n)}")
for p in ["7992739871", "411111111111111", "1234"]:
    print(p, luhn_digit(p))

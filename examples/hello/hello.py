"""The smallest krait program: a greeting, a little arithmetic, an error caught."""


def average(total: int, count: int) -> float:
    return total / count


def checked_reading(text: str) -> int:
    try:
        return int(text)
    except ValueError as e:
        print(f"bad reading: {e}")
        return 0


total = 0
count = 0
for text in "512 530 x98 505".split():
    total += checked_reading(text)
    count += 1
print("hello from krait")
print(f"average reading: {average(total, count):.1f}")

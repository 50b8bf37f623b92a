"""The smallest krait program: a greeting and a little arithmetic."""


def average(readings: list[int]) -> float:
    total = 0
    for r in readings:
        total += r
    return total / len(readings)


readings = [512, 530, 498, 505]
print("hello from krait")
print(f"average reading: {average(readings):.1f}")

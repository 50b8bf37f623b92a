# Filling a buffer of readings and filtering it: list[int] append, index, len.
def run(n: int) -> int:
    samples: list[int] = []
    for i in range(n):
        samples.append((i * 7919) % 1000)
    total = 0
    for k in range(len(samples)):
        if samples[k] > 500:
            total += samples[k]
    return total


print(run(2000000))

# Generator expressions feeding sum/min/max/any/all without building lists.
readings = [21.5, 22.0, 23.75, 19.25, 30.5, 22.25]
print(sum(r for r in readings if r < 25))
print(max(r - 20 for r in readings))
print(min((abs(r - 22) for r in readings)))
print(any(r > 30 for r in readings), all(r > 19 for r in readings))
count_high = sum(1 for r in readings if r > 22)
print("high:", count_high)
print(sum(i * i for i in range(101)))
joined = ",".join(str(i) for i in range(5))
print(joined)
print(sorted(int(r) for r in readings))
print(list(x for x in range(10) if x % 3 == 0))


def rms(values: list[float]) -> float:
    return (sum(v * v for v in values) / len(values)) ** 0.5


print(round(rms(readings), 6))
buckets = [sum(1 for r in readings if lo <= r < lo + 5) for lo in range(15, 35, 5)]
print(buckets)
first_hot = next((i for i, r in enumerate(readings) if r > 23), -1)
first_cold = next((i for i, r in enumerate(readings) if r < 0), -1)
print(first_hot, first_cold)

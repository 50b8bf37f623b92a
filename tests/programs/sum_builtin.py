none: list[int] = []
print(sum([1, 2, 3]), sum(none), sum([-5, 5]), sum(range(101)), sum(range(0)))
print(sum([0.1, 0.2, 0.3]), sum([1.5] * 4), sum([1, 2], 10), sum([0.5], 0.25))
print(sum([True, False, True]), sum((1, 2, 3)), sum(range(-10, 11, 3)))
data = [12, -4, 7, 0, 33, -18]
print(sum(data), sum(data[1:4]), sum(data[::2]), sum(data) / len(data), sum(data) // len(data))
big = []
for i in range(1000):
    big.append(i * i)
print(sum(big))
fl = []
for i in range(10):
    fl.append(i / 10)
print(sum(fl), fl)

# The list method suite on a buffer of samples.
samples = [5, 3, 8, 3, 9]
samples.append(1)
samples.extend([7, 3])
samples.insert(0, 10)
samples.insert(-1, 42)
samples.insert(100, 99)
print(samples)
print("index of 3:", samples.index(3), "count of 3:", samples.count(3))
print("index from 3:", samples.index(3, 3))
samples.remove(3)
print(samples)
print(samples.pop(), samples.pop(0), samples.pop(-2))
print(samples)
copy = samples.copy()
copy.reverse()
print(copy, samples)
samples.sort()
print(samples)
samples.sort(reverse=True)
print(samples)
try:
    samples.index(1234)
except ValueError as e:
    print("ValueError:", e)
try:
    samples.remove(1234)
except ValueError as e:
    print("ValueError:", e)
samples.clear()
print(samples, len(samples))
try:
    samples.pop()
except IndexError as e:
    print("IndexError:", e)

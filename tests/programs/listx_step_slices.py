# Extended slices: decimation and reversal of a sample window.
window = [i * i for i in range(12)]
print(window[::2])
print(window[1::3])
print(window[::-1])
print(window[-1:-6:-2])
print(window[8:2:-2])
print(window[100:])
print(window[-100:3])
print(window[3:3], window[5:2])
text = "sensor-array"
print(text[::-1], text[::3], text[-5::2])
pair = (1, 2, 3, 4, 5, 6)
print(pair[::2], pair[::-3])


def decimate(samples: list[int], factor: int) -> list[int]:
    return samples[::factor]


def halves(samples: list[int]) -> tuple[list[int], list[int]]:
    mid = len(samples) // 2
    return samples[:mid], samples[mid:]


print(decimate(window, 4), halves([1, 2, 3, 4, 5]))

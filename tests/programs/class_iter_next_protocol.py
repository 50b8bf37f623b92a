# A user iterator class: __iter__ and __next__ with StopIteration.
class Countdown:
    def __init__(self, start: int) -> None:
        self.n = start

    def __iter__(self) -> "Countdown":
        return self

    def __next__(self) -> int:
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Samples:
    def __init__(self, data: list[int]) -> None:
        self.data = data

    def __iter__(self) -> "SampleIter":
        return SampleIter(self.data)


class SampleIter:
    def __init__(self, data: list[int]) -> None:
        self.data = data
        self.i = 0

    def __iter__(self) -> "SampleIter":
        return self

    def __next__(self) -> int:
        if self.i >= len(self.data):
            raise StopIteration
        v = self.data[self.i]
        self.i += 2
        return v


print(list(Countdown(5)))
for v in Countdown(2):
    print("tick", v)
s = Samples([10, 11, 12, 13, 14])
print(list(s), list(s), sum(s), max(s))
it = iter(Countdown(1))
print(next(it), next(it, -1))

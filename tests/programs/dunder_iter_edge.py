# Instance iterators: break out early, nested loops, comprehensions, next() with a default.
class Counter:
    def __init__(self, stop: int) -> None:
        self.i = 0
        self.stop = stop

    def __iter__(self) -> "Counter":
        return self

    def __next__(self) -> int:
        if self.i >= self.stop:
            raise StopIteration
        self.i += 1
        return self.i


class Words:
    def __init__(self, text: str) -> None:
        self.text = text

    def __iter__(self) -> "WordIter":
        return WordIter(self.text.split())


class WordIter:
    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.k = 0

    def __iter__(self) -> "WordIter":
        return self

    def __next__(self) -> str:
        if self.k == len(self.words):
            raise StopIteration
        self.k += 1
        return self.words[self.k - 1].upper()


for n in Counter(1000000):
    if n > 3:
        break
    print("n", n)
w = Words("pin led uart")
print([x + "!" for x in w], sorted(w), min(w))
for a in Counter(2):
    for b in Counter(2):
        print(a, b, end="; ")
print()
it = iter(Counter(1))
print(next(it), next(it, 0), sum(Counter(10)))

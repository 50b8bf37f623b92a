# with inside loops: break and continue leave the block through __exit__.
class Counts:
    def __init__(self) -> None:
        self.opened = 0
        self.closed = 0


counts = Counts()


class Span:
    def __init__(self, i: int) -> None:
        self.i = i

    def __enter__(self) -> int:
        counts.opened += 1
        return self.i * 10

    def __exit__(self, exc_type, exc, tb) -> None:
        counts.closed += 1


seen: list[int] = []
for i in range(10):
    with Span(i) as v:
        if i % 3 == 0:
            continue
        if i == 8:
            break
        seen.append(v)
print(seen, counts.opened, counts.closed)
n = 0
while True:
    with Span(n):
        n += 1
        if n > 4:
            break
print(n, counts.opened, counts.closed)

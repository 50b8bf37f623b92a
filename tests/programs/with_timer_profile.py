# A profiling context manager that accumulates fake cycle counts per section.
class Clock:
    def __init__(self) -> None:
        self.now = 0

    def advance(self, n: int) -> None:
        self.now += n


CLOCK = Clock()
totals: dict[str, int] = {}


class Profile:
    def __init__(self, name: str) -> None:
        self.name = name
        self.start = 0

    def __enter__(self) -> "Profile":
        self.start = CLOCK.now
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        elapsed = CLOCK.now - self.start
        totals[self.name] = totals.get(self.name, 0) + elapsed
        return False


for frame in range(3):
    with Profile("sense"):
        CLOCK.advance(120 + frame)
    with Profile("control") as p:
        CLOCK.advance(40)
        with Profile("math"):
            CLOCK.advance(15 * frame)
        print("control started at", p.start)
for name, cycles in totals.items():
    print(f"{name:8} {cycles:5d}")
print("clock", CLOCK.now)

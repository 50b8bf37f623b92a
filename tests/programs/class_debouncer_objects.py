# One debouncer object per button, fed the same sampled input stream.
class Debouncer:
    def __init__(self, name: str, threshold: int) -> None:
        self.name = name
        self.threshold = threshold
        self.stable = False
        self.counter = 0
        self.presses = 0

    def sample(self, level: bool) -> bool:
        if level == self.stable:
            self.counter = 0
            return False
        self.counter += 1
        if self.counter < self.threshold:
            return False
        self.stable = level
        self.counter = 0
        if level:
            self.presses += 1
        return True


STREAM = "0011011111000001111100011"
buttons = [Debouncer("fast", 2), Debouncer("slow", 4)]
for t, ch in enumerate(STREAM):
    level = ch == "1"
    for b in buttons:
        if b.sample(level):
            print(f"t={t:2d} {b.name}: {'pressed' if b.stable else 'released'}")
for b in buttons:
    print(b.name, "presses", b.presses, "stable", b.stable)

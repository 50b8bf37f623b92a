# A fixed-size ring buffer of samples with a running mean.
class Ring:
    def __init__(self, size: int) -> None:
        self.buf = [0] * size
        self.head = 0
        self.count = 0

    def push(self, v: int) -> None:
        self.buf[self.head] = v
        self.head = (self.head + 1) % len(self.buf)
        if self.count < len(self.buf):
            self.count += 1

    def items(self) -> list[int]:
        n = len(self.buf)
        start = (self.head - self.count) % n
        return [self.buf[(start + i) % n] for i in range(self.count)]

    def mean(self) -> float:
        return sum(self.items()) / self.count if self.count else 0.0


r = Ring(4)
print(r.items(), r.mean())
for v in [10, 20, 30, 40, 50, 60]:
    r.push(v)
    print(v, r.items(), "%.2f" % r.mean())
r.buf[1:3] = [0, 0]
print(r.buf, r.items())

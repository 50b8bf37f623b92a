# Buffers borrowed from a pool are given back however the block ends; the
# pool's count proves it.
class Pool:
    def __init__(self, size: int) -> None:
        self.free: list[list[int]] = [[0] * 4 for _ in range(size)]
        self.peak_used = 0

    def used(self, size: int) -> int:
        return size - len(self.free)


class Borrow:
    def __init__(self, pool: Pool) -> None:
        self.pool = pool
        self.buf: list[int] = []

    def __enter__(self) -> list[int]:
        if not self.pool.free:
            raise MemoryError("pool empty")
        self.buf = self.pool.free.pop()
        return self.buf

    def __exit__(self, exc_type, exc, tb) -> bool:
        for i in range(len(self.buf)):
            self.buf[i] = 0
        self.pool.free.append(self.buf)
        return isinstance(exc, IndexError)


pool = Pool(2)


def fill(n: int) -> int:
    with Borrow(pool) as a:
        with Borrow(pool) as b:
            for i in range(n):
                a[i] = i
                b[i] = i * i
            return sum(a) + sum(b)
    return -1


print(fill(3), len(pool.free))
print(fill(6), len(pool.free))
try:
    with Borrow(pool), Borrow(pool), Borrow(pool):
        print("three?")
except MemoryError as e:
    print("MemoryError:", e, len(pool.free))
print(pool.free)

# try/except/else/finally inside methods, with counters on the object.
class Transaction:
    def __init__(self) -> None:
        self.committed = 0
        self.failed = 0
        self.closed = 0

    def run(self, values: list[int]) -> str:
        try:
            total = 0
            for v in values:
                if v < 0:
                    raise ValueError(f"negative {v}")
                total += v
        except ValueError as e:
            self.failed += 1
            return f"failed: {e}"
        else:
            self.committed += 1
            return f"committed {total}"
        finally:
            self.closed += 1


t = Transaction()
for vals in [[1, 2], [3, -1, 4], [], [5]]:
    print(t.run(vals))
print(t.committed, t.failed, t.closed)

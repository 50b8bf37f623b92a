# A subclass instance stored where an Optional base is wanted: fields,
# variables and parameters; None checks still work.
from typing import Optional


class Job:
    def run(self) -> str:
        return "job"


class Blink(Job):
    def __init__(self, n: int) -> None:
        self.n = n

    def run(self) -> str:
        return "blink" * self.n


class Slot:
    def __init__(self) -> None:
        self.job: Optional[Job] = None

    def load(self, j: Optional[Job]) -> None:
        self.job = j

    def fire(self) -> str:
        if self.job is None:
            return "empty"
        return self.job.run()


s = Slot()
print(s.fire())
s.load(Blink(2))
print(s.fire())
s.job = Job()
print(s.fire())
s.job = Blink(1)
print(s.fire(), isinstance(s.job, Blink))
cur: Optional[Job] = None
for k in range(3):
    cur = Blink(k) if k % 2 else Job()
    print(k, cur.run() if cur is not None else "-")
s.load(None)
print(s.fire())

# Cooperative tasks as generators, run round-robin by a tiny scheduler.
from typing import Iterator


def blinker(name: str, period: int, count: int) -> Iterator[str]:
    for i in range(count):
        yield f"{name} toggle {i} (period {period})"


def sampler(n: int) -> Iterator[str]:
    total = 0
    for i in range(n):
        total += i * 3
        yield f"sample {i} total {total}"


tasks: list[Iterator[str]] = [blinker("led0", 10, 3), sampler(2), blinker("led1", 25, 1)]
tick = 0
while tasks:
    task = tasks.pop(0)
    msg = next(task, "")
    if msg == "":
        print(f"tick {tick}: task finished")
    else:
        print(f"tick {tick}: {msg}")
        tasks.append(task)
    tick += 1

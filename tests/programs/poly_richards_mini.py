# A small richards-style scheduler: tasks of several kinds in one queue,
# each kind's run() picks what to do next; packets move between tasks.
from typing import Optional


class Packet:
    def __init__(self, dest: int, data: int) -> None:
        self.dest = dest
        self.data = data


class Task:
    def __init__(self, ident: int) -> None:
        self.ident = ident
        self.inbox: list[Packet] = []
        self.runs = 0

    def run(self, tick: int) -> Optional[Packet]:
        self.runs += 1
        return None

    def kind(self) -> str:
        return "task"


class Producer(Task):
    def run(self, tick: int) -> Optional[Packet]:
        self.runs += 1
        if tick % 2 == 0:
            return Packet(1 + tick % 3, tick)
        return None

    def kind(self) -> str:
        return "producer"


class Doubler(Task):
    def run(self, tick: int) -> Optional[Packet]:
        self.runs += 1
        if self.inbox:
            p = self.inbox.pop(0)
            return Packet(3, p.data * 2)
        return None

    def kind(self) -> str:
        return "doubler"


class Sink(Task):
    def __init__(self, ident: int) -> None:
        super().__init__(ident)
        self.total = 0

    def run(self, tick: int) -> Optional[Packet]:
        self.runs += 1
        while self.inbox:
            self.total += self.inbox.pop().data
        return None

    def kind(self) -> str:
        return "sink"


tasks: list[Task] = [Producer(0), Doubler(1), Doubler(2), Sink(3)]
for tick in range(20):
    t = tasks[tick % len(tasks)]
    out = t.run(tick)
    if out is not None:
        tasks[out.dest].inbox.append(out)
for t in tasks:
    extra = f" total={t.total}" if isinstance(t, Sink) else ""
    print(t.ident, t.kind(), t.runs, len(t.inbox), extra)

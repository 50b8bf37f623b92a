# A tiny richards-style scheduler: prioritised tasks exchanging packets.
from typing import Optional


class Packet:
    def __init__(self, dest: int, kind: str, data: int) -> None:
        self.dest = dest
        self.kind = kind
        self.data = data


class Task:
    def __init__(self, ident: int, prio: int) -> None:
        self.ident = ident
        self.prio = prio
        self.queue: list[Packet] = []
        self.runs = 0

    def ready(self) -> bool:
        return len(self.queue) > 0

    def run(self, pkt: Packet) -> Optional[Packet]:
        return None


class IdleTask(Task):
    def __init__(self, ident: int, count: int) -> None:
        super().__init__(ident, 0)
        self.count = count
        self.seed = 1

    def ready(self) -> bool:
        return self.count > 0

    def run(self, pkt: Packet) -> Optional[Packet]:
        self.count -= 1
        self.seed = (self.seed * 75 + 74) % 65537
        dest = 1 if self.seed & 1 else 2
        return Packet(dest, "work", self.seed % 100)


class WorkerTask(Task):
    def __init__(self, ident: int, prio: int) -> None:
        super().__init__(ident, prio)
        self.total = 0

    def run(self, pkt: Packet) -> Optional[Packet]:
        self.total += pkt.data
        if pkt.data % 3 == 0:
            return Packet(3, "dev", pkt.data)
        return None


class DeviceTask(Task):
    def __init__(self, ident: int) -> None:
        super().__init__(ident, 5)
        self.log: list[int] = []

    def run(self, pkt: Packet) -> Optional[Packet]:
        self.log.append(pkt.data)
        return None


idle = IdleTask(0, 12)
tasks: list[Task] = [idle, WorkerTask(1, 2), WorkerTask(2, 3), DeviceTask(3)]
steps = 0
while True:
    runnable = [t for t in tasks if t.ready()]
    if not runnable:
        break
    t = max(runnable, key=lambda t: t.prio)
    pkt = t.queue.pop(0) if t.queue else Packet(t.ident, "tick", 0)
    t.runs += 1
    out = t.run(pkt)
    if out is not None:
        tasks[out.dest].queue.append(out)
    steps += 1
print("steps", steps)
print("runs", [t.runs for t in tasks])
for t in tasks:
    if isinstance(t, WorkerTask):
        print("worker", t.ident, "total", t.total)
    elif isinstance(t, DeviceTask):
        print("device log", t.log)

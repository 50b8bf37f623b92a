# A Richards-style operating-system simulation: a scheduler runs six tasks
# (an idle task, a worker, two handlers and two devices) that pass packets
# to each other by priority.  Objects, single inheritance with an
# overridden method (virtual dispatch), Optional links and small lists: the
# shape of a firmware scheduler or driver stack.
from typing import Optional

I_IDLE = 0
I_WORK = 1
I_HANDLER_A = 2
I_HANDLER_B = 3
I_DEV_A = 4
I_DEV_B = 5
K_DEV = 1000
K_WORK = 1001
BUFSIZE = 4


class Packet:
    def __init__(self, link: Optional["Packet"], ident: int, kind: int) -> None:
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE


def append_packet(pkt: Packet, queue: Optional[Packet]) -> Packet:
    pkt.link = None
    if queue is None:
        return pkt
    p = queue
    nxt = p.link
    while nxt is not None:
        p = nxt
        nxt = p.link
    p.link = pkt
    return queue


class Scheduler:
    def __init__(self) -> None:
        self.tasks: list[Task] = []  # by ident: tasks are added in ident order
        self.task_list: Optional[Task] = None
        self.hold_count = 0
        self.qpkt_count = 0

    def add(self, task: "Task") -> None:
        task.link = self.task_list
        self.task_list = task
        self.tasks.append(task)

    def find(self, ident: int) -> "Task":
        return self.tasks[ident]

    def run(self) -> None:
        t = self.task_list
        while t is not None:
            if t.holding or (not t.pending and t.waiting):
                t = t.link
            else:
                t = t.step(self)


class Task:
    def __init__(self, ident: int, priority: int, queue: Optional[Packet]) -> None:
        self.link: Optional[Task] = None
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = queue is not None
        self.waiting = queue is not None
        self.holding = False

    def step(self, s: Scheduler) -> Optional["Task"]:
        pkt: Optional[Packet] = None
        if self.pending and self.waiting and not self.holding:
            pkt = self.queue
            if pkt is not None:
                self.queue = pkt.link
            self.waiting = False
            self.pending = self.queue is not None
        return self.fn(s, pkt)

    def fn(self, s: Scheduler, pkt: Optional[Packet]) -> Optional["Task"]:
        return None

    def wait(self) -> "Task":
        self.waiting = True
        return self

    def hold(self, s: Scheduler) -> Optional["Task"]:
        s.hold_count += 1
        self.holding = True
        return self.link

    def release(self, s: Scheduler, ident: int) -> "Task":
        t = s.find(ident)
        t.holding = False
        if t.priority > self.priority:
            return t
        return self

    def send(self, s: Scheduler, pkt: Packet) -> "Task":
        t = s.find(pkt.ident)
        s.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        if t.queue is None:
            t.queue = pkt
            t.pending = True
            if t.priority > self.priority:
                return t
        else:
            t.queue = append_packet(pkt, t.queue)
        return self


class IdleTask(Task):
    def __init__(self, ident: int, priority: int, count: int) -> None:
        super().__init__(ident, priority, None)
        self.control = 1
        self.count = count

    def fn(self, s: Scheduler, pkt: Optional[Packet]) -> Optional[Task]:
        self.count -= 1
        if self.count == 0:
            return self.hold(s)
        if self.control & 1 == 0:
            self.control = self.control // 2
            return self.release(s, I_DEV_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.release(s, I_DEV_B)


class WorkTask(Task):
    def __init__(self, ident: int, priority: int, queue: Optional[Packet]) -> None:
        super().__init__(ident, priority, queue)
        self.destination = I_HANDLER_A
        self.count = 0

    def fn(self, s: Scheduler, pkt: Optional[Packet]) -> Optional[Task]:
        if pkt is None:
            return self.wait()
        if self.destination == I_HANDLER_A:
            self.destination = I_HANDLER_B
        else:
            self.destination = I_HANDLER_A
        pkt.ident = self.destination
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = 64 + self.count
        return self.send(s, pkt)


class HandlerTask(Task):
    def __init__(self, ident: int, priority: int, queue: Optional[Packet]) -> None:
        super().__init__(ident, priority, queue)
        self.work_in: Optional[Packet] = None
        self.device_in: Optional[Packet] = None

    def fn(self, s: Scheduler, pkt: Optional[Packet]) -> Optional[Task]:
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work_in = append_packet(pkt, self.work_in)
            else:
                self.device_in = append_packet(pkt, self.device_in)
        work = self.work_in
        if work is None:
            return self.wait()
        count = work.datum
        if count >= BUFSIZE:
            self.work_in = work.link
            return self.send(s, work)
        dev = self.device_in
        if dev is None:
            return self.wait()
        self.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.send(s, dev)


class DeviceTask(Task):
    def __init__(self, ident: int, priority: int) -> None:
        super().__init__(ident, priority, None)
        self.waiting = True
        self.held: Optional[Packet] = None

    def fn(self, s: Scheduler, pkt: Optional[Packet]) -> Optional[Task]:
        if pkt is None:
            held = self.held
            if held is None:
                return self.wait()
            self.held = None
            return self.send(s, held)
        self.held = pkt
        return self.hold(s)


def simulate(count: int) -> tuple[int, int]:
    s = Scheduler()
    s.add(IdleTask(I_IDLE, 1, count))
    wq = Packet(None, 0, K_WORK)
    wq = Packet(wq, 0, K_WORK)
    s.add(WorkTask(I_WORK, 1000, wq))
    dq = Packet(None, I_DEV_A, K_DEV)
    dq = Packet(dq, I_DEV_A, K_DEV)
    dq = Packet(dq, I_DEV_A, K_DEV)
    s.add(HandlerTask(I_HANDLER_A, 2000, dq))
    dq = Packet(None, I_DEV_B, K_DEV)
    dq = Packet(dq, I_DEV_B, K_DEV)
    dq = Packet(dq, I_DEV_B, K_DEV)
    s.add(HandlerTask(I_HANDLER_B, 3000, dq))
    s.add(DeviceTask(I_DEV_A, 4000))
    s.add(DeviceTask(I_DEV_B, 5000))
    s.run()
    s.task_list = None
    return s.hold_count, s.qpkt_count


holds = 0
packets = 0
for round in range(20):
    h, q = simulate(10000)
    holds += h
    packets += q
print("holds", holds, "packets", packets)

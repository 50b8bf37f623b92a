# Weak references: a child points back at its parent without a reference
# cycle (no cycle warning, no collector), observers that outlive their
# subject, a weak reference to an object that dies with its function's
# frame, subclasses, containers of weak references, and a weak reference
# into a cycle that the collector frees.
import gc
import weakref
from typing import Optional


class Parent:
    def __init__(self, name: str) -> None:
        self.name = name
        self.children: list[Child] = []

    def add(self, tag: str) -> "Child":
        c = Child(self, tag)
        self.children.append(c)
        return c


class Child:
    def __init__(self, parent: Parent, tag: str) -> None:
        self.parent = weakref.ref(parent)
        self.tag = tag

    def path(self) -> str:
        p = self.parent()
        if p is None:
            return "?/" + self.tag
        return p.name + "/" + self.tag


class Sensor:
    def __init__(self, ident: int) -> None:
        self.ident = ident


class TempSensor(Sensor):
    def __init__(self, ident: int, offset: float) -> None:
        super().__init__(ident)
        self.offset = offset


class Watcher:
    def __init__(self) -> None:
        self.subject: Optional[weakref.ref[Sensor]] = None

    def watch(self, s: Sensor) -> None:
        self.subject = weakref.ref(s)

    def report(self) -> str:
        ref = self.subject
        if ref is None:
            return "watching nothing"
        s = ref()
        return "sensor %d" % s.ident if s is not None else "sensor gone"


class Ring:
    def __init__(self) -> None:
        self.me: Optional[Ring] = None


def orphan() -> Child:
    p = Parent("tmp")
    return p.add("x")


def dead_ref() -> weakref.ref[Sensor]:
    s = Sensor(99)
    return weakref.ref(s)


def ring_ref() -> weakref.ref[Ring]:
    r = Ring()
    r.me = r
    return weakref.ref(r)


root = Parent("root")
a = root.add("a")
b = root.add("b")
print(a.path(), b.path(), len(root.children))
o = orphan()
print(o.path())
r1 = weakref.ref(root)
r2 = weakref.ref(root)
print(r1 is r2, r1() is root)
print(dead_ref()() is None)

w = Watcher()
print(w.report())
t: Sensor = TempSensor(7, 0.5)
w.watch(t)
print(w.report())
t = Sensor(8)
print(w.report())

sensors = [Sensor(i) for i in range(4)]
refs = [weakref.ref(s) for s in sensors]
sensors.pop(1)
sensors.pop()
alive = [r() for r in refs]
print([s.ident if s is not None else -1 for s in alive])
alive.clear()
table: dict[str, weakref.ref[Sensor]] = {"first": refs[0], "second": refs[1]}
for k in sorted(table):
    s = table[k]()
    print(k, s is None)

rr = ring_ref()
print(rr() is None)
gc.collect()
print(rr() is None)

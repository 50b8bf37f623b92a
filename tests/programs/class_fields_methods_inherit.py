# Classes: fields inferred from __init__ and other methods, methods calling
# methods, class attributes, single inheritance with super().__init__ and
# inherited methods, Optional fields, __str__/__repr__/__eq__, lists of
# instances, identity, and AttributeError on None.
from typing import Optional


class Device:
    COUNT_LIMIT = 3

    def __init__(self, name: str, addr: int = 0x40):
        self.name = name
        self.addr = addr
        self.errors = 0
        self.log: list[str] = []

    def note(self, text: str) -> None:
        self.log.append(f"{self.name}: {text}")

    def fail(self) -> bool:
        self.errors += 1
        self.note(f"error {self.errors}")
        return self.errors >= self.COUNT_LIMIT

    def __repr__(self) -> str:
        return f"Device({self.name!r}, 0x{self.addr:02x})"


class Thermometer(Device):
    def __init__(self, name: str, offset: float):
        super().__init__(name, 0x48)
        self.offset = offset
        self.last: Optional[float] = None

    def read(self, raw: int) -> float:
        value = raw / 16 + self.offset
        self.last = value
        self.note(f"read {value}")
        return value

    def __str__(self) -> str:
        return f"{self.name} last={self.last}"


class Node:
    def __init__(self, value: int):
        self.value = value
        self.next: Optional[Node] = None

    def __eq__(self, other: "Node") -> bool:
        return self.value == other.value


d = Device("eeprom")
print(d, repr(d), str(d), Device.COUNT_LIMIT)
print(d.fail(), d.fail(), d.fail(), d.errors, d.log)
t = Thermometer("t0", 0.5)
print(t, t.addr, t.read(320), t.read(16))
print(t, t.errors, t.fail(), t.log)
head = Node(1)
head.next = Node(2)
head.next.next = Node(3)
total = 0
node: Optional[Node] = head
while node is not None:
    total += node.value
    node = node.next
print("total", total, head == Node(1), head == head.next, head is head, head.next is head)
devices = [Device("a", 1), Device("b", 2)]
devices.append(Device("c", 3))
print(len(devices), [x.addr for x in devices], devices[1].name)
tail = head.next.next
try:
    print(tail.next.value)
except AttributeError as e:
    print("AttributeError:", e)

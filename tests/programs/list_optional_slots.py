# A table of Optional instances (list[Optional[C]]): [None] * n, slots
# filled and freed, None in the table, count/index/pop.
from typing import Optional


class Handler:
    def __init__(self, name: str) -> None:
        self.name = name


slots: list[Optional[Handler]] = [None] * 4
slots[1] = Handler("uart")
slots[3] = Handler("spi")
for i in range(len(slots)):
    h = slots[i]
    if h is not None:
        print(i, h.name)
    else:
        print(i, "free")
print(slots.count(None), None in slots)
slots[1] = None
free = [i for i in range(len(slots)) if slots[i] is None]
print(free)
table: list[Optional[Handler]] = []
table.append(None)
table.append(Handler("i2c"))
for h in table:
    print(h is None, h.name if h is not None else "-")


class Registry:
    def __init__(self, size: int) -> None:
        self.slots: list[Optional[Handler]] = [None] * size
        self.count = 0

    def attach(self, h: Handler) -> int:
        for i in range(len(self.slots)):
            if self.slots[i] is None:
                self.slots[i] = h
                self.count += 1
                return i
        return -1

    def find(self, name: str) -> Optional[Handler]:
        for h in self.slots:
            if h is not None and h.name == name:
                return h
        return None


reg = Registry(2)
u = Handler("uart0")
print(reg.attach(u), reg.attach(Handler("uart1")), reg.attach(Handler("uart2")), reg.count)
print(u in reg.slots, reg.slots.index(u), Handler("x") in reg.slots)
found = reg.find("uart1")
print(found.name if found is not None else "missing", reg.find("nope") is None)
popped = reg.slots.pop()
print(popped is not None, len(reg.slots))

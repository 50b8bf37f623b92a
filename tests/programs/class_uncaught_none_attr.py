# Following a broken chain to None ends with an uncaught AttributeError.
from typing import Optional


class Stage:
    def __init__(self, name: str) -> None:
        self.name = name
        self.next: Optional[Stage] = None


a = Stage("capture")
b = Stage("filter")
a.next = b
cur: Optional[Stage] = a
for _ in range(2):
    if cur is not None:
        print("stage", cur.name)
        cur = cur.next
print("forcing a third hop")
print(a.next.next.name)

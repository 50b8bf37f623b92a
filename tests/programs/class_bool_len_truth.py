# Truth value of objects: __bool__ first, then __len__, else always true.
class Fifo:
    def __init__(self) -> None:
        self.items: list[int] = []

    def __len__(self) -> int:
        return len(self.items)


class Alarm:
    def __init__(self, level: int) -> None:
        self.level = level

    def __bool__(self) -> bool:
        return self.level > 2


class Plain:
    pass


f = Fifo()
print("empty fifo truthy:", bool(f))
f.items.append(1)
print("non-empty fifo truthy:", bool(f), len(f))
for lvl in [0, 3]:
    a = Alarm(lvl)
    if a:
        print("alarm", lvl, "raised")
    else:
        print("alarm", lvl, "quiet")
print(bool(Plain()), not Plain())
while f:
    print("pop", f.items.pop())

# @dataclass(frozen=True): immutable, hashable, usable as dict keys and in sets.
from dataclasses import dataclass


@dataclass(frozen=True)
class Pin:
    port: str
    num: int


LED = Pin("A", 5)
BUTTON = Pin("C", 13)
owners = {LED: "status led", BUTTON: "user button"}
print(owners[Pin("A", 5)], owners.get(Pin("B", 1), "free"))
used = {LED, BUTTON, Pin("A", 5)}
print(len(used), sorted(f"{p.port}{p.num}" for p in used))
print(LED == Pin("A", 5), hash(LED) == hash(Pin("A", 5)))
moved = Pin(LED.port, LED.num + 1)
print(moved, moved == LED, moved in used)
print(LED)

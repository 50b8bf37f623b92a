# Tasks ordered by their own __lt__ (deadline, then priority): sorted(),
# list.sort(reverse=True), min() and max(); a dataclass(order=True) too.
from dataclasses import dataclass


class Task:
    def __init__(self, name: str, deadline: int, prio: int) -> None:
        self.name = name
        self.deadline = deadline
        self.prio = prio

    def __lt__(self, other: "Task") -> bool:
        if self.deadline != other.deadline:
            return self.deadline < other.deadline
        return self.prio > other.prio

    def __repr__(self) -> str:
        return f"{self.name}@{self.deadline}/{self.prio}"


tasks = [Task("log", 50, 1), Task("irq", 5, 9), Task("ui", 20, 3), Task("dma", 5, 4), Task("net", 20, 3)]
print(sorted(tasks))
tasks.sort(reverse=True)
print(tasks)
print(min(tasks), max(tasks), len(tasks))
print(sorted(tasks, key=lambda t: t.name)[0])


@dataclass(order=True)
class Version:
    major: int
    minor: int
    tag: str = ""


vs = [Version(1, 10), Version(1, 2, "rc1"), Version(0, 9), Version(1, 2)]
print(sorted(vs))
print(max(vs), min(vs), Version(1, 2) < Version(1, 2, "a"))

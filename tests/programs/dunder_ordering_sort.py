# __lt__ lets sorted(), min() and max() order user objects.
class Job:
    def __init__(self, name: str, deadline: int, prio: int) -> None:
        self.name = name
        self.deadline = deadline
        self.prio = prio

    def __lt__(self, other: "Job") -> bool:
        if self.deadline != other.deadline:
            return self.deadline < other.deadline
        return self.prio > other.prio

    def __repr__(self) -> str:
        return f"{self.name}(d={self.deadline},p={self.prio})"


jobs = [Job("log", 50, 1), Job("ctl", 10, 5), Job("net", 10, 7), Job("ui", 30, 2)]
print(sorted(jobs))
print(min(jobs), max(jobs))
jobs.sort(reverse=True)
print(jobs)
print(Job("a", 1, 1) < Job("b", 2, 0), Job("a", 1, 1) > Job("b", 2, 0))

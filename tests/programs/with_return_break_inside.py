# return and break inside a with block still run __exit__.
events: list[str] = []


class Section:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> None:
        events.append("enter " + self.name)

    def __exit__(self, exc_type, exc, tb) -> None:
        events.append("exit " + self.name)


def find(values: list[int], target: int) -> int:
    with Section("search"):
        for i, v in enumerate(values):
            if v == target:
                return i
    return -1


print(find([4, 5, 6], 5), find([4, 5, 6], 9))
for i in range(5):
    with Section(f"iter{i}"):
        if i == 1:
            continue
        if i == 3:
            break
        events.append(f"work {i}")
print(events)

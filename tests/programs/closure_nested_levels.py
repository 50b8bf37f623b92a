# Three levels of nesting: a cell written two scopes up.
def outer() -> list[int]:
    events: list[int] = []
    level = 0

    def middle(n: int) -> None:
        def inner() -> None:
            nonlocal level
            level += n
            events.append(level)

        for _ in range(n):
            inner()

    middle(1)
    middle(2)
    middle(3)
    events.append(-level)
    return events


print(outer())


def adder(base: int):
    def add(x: int) -> int:
        return base + x
    return add


plus5 = adder(5)
plus9 = adder(9)
print(plus5(1), plus9(1), plus5(plus9(0)))

# Sorting strings (code point order) and tuples of (priority, name).
tasks = [(2, "log"), (0, "watchdog"), (1, "sensor"), (2, "blink"), (0, "irq")]
print(sorted(tasks))
print(sorted(tasks, reverse=True))
print(sorted(tasks, key=lambda t: t[1]))
labels = ["Zeta", "alpha", "Beta", "_x", "10", "9", "é"]
print(sorted(labels))
print(sorted(labels, key=lambda s: s.lower()))
print(min(tasks), max(tasks))


def schedule(ts: list[tuple[int, str]]) -> list[str]:
    order = sorted(ts, key=lambda t: (t[0], t[1]))
    return [f"{p}:{n}" for p, n in order]


print(schedule(tasks))
print(sorted(["b", "a", "c"], reverse=True), sorted([(1, "b"), (1, "a")]))
print(sorted([3.5, -1.25, 2.0]), sorted([True, False, True]))
print(sorted(tasks, key=lambda t: -t[0])[0], sorted([(2, "b"), (1, "z"), (2, "a")])[-1])

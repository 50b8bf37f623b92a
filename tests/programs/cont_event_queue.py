# A timed event queue kept sorted by insert: tuples of (time, name, args).
events: list[tuple[int, str, list[int]]] = []


def schedule(t: int, name: str, args: list[int]) -> None:
    i = 0
    while i < len(events) and events[i][0] <= t:
        i += 1
    events.insert(i, (t, name, args))


schedule(30, "blink", [1])
schedule(10, "read", [0, 1])
schedule(20, "send", [])
schedule(10, "read", [2])
print([(t, n) for t, n, _ in events])
while events:
    t, name, args = events.pop(0)
    print("%3d %-5s %s" % (t, name, args))
print(events == [], events)

# Nested containers: a dict of lists of tuples, lists of dicts, tuples of lists.
sensors: list[dict[str, int]] = [{"id": 1, "rate": 100}, {"id": 2, "rate": 50}]
sensors.append({"id": 3, "rate": 200})
print(sensors, len(sensors))
print(sorted(s["rate"] for s in sensors), max(s["id"] for s in sensors))
sensors[1]["rate"] = 75
print(sensors[1], sensors[0] == {"rate": 100, "id": 1}, {"id": 9} in sensors)
log: dict[str, list[tuple[int, float]]] = {}
for name, t, v in [("t", 1, 20.5), ("h", 1, 40.0), ("t", 2, 21.0)]:
    log.setdefault(name, []).append((t, v))
print(log, sorted(log))
pair = ([1, 2], [3])
pair[0].append(9)
print(pair, pair[0] + pair[1], len(pair[1]))
rows = [(k, sorted(v)) for k, v in sorted({"b": [3, 1], "a": [2]}.items())]
print(rows)
sets = [{1, 2}, {3}]
sets[1].add(4)
print(sets, sets[0] | sets[1])

# Group sensor readings by node with setdefault, then summarise.
READINGS = [("n1", 20), ("n2", 31), ("n1", 22), ("n3", 18), ("n2", 29), ("n1", 21)]

groups: dict[str, list[int]] = {}
for node, value in READINGS:
    groups.setdefault(node, []).append(value)

for node, values in groups.items():
    avg = sum(values) / len(values)
    print(f"{node}: n={len(values)} min={min(values)} max={max(values)} avg={avg:.2f}")

print(groups)
first = groups.setdefault("n1", [999])
print("existing kept:", first)
fresh = groups.setdefault("n4", [])
fresh.append(5)
print("new key:", groups["n4"], len(groups))


def invert(g: dict[str, list[int]]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for node, values in g.items():
        for v in values:
            out.setdefault(v, []).append(node)
    return out


print(invert({"a": [1, 2], "b": [2, 3], "c": [1]}))

# Iterating keys, values and items in insertion order; re-insertion keeps position.
limits = {"temp": 85, "volt": 5, "amp": 2}
limits["rpm"] = 3000
limits["volt"] = 6
for k in limits.keys():
    print("key", k)
for v in limits.values():
    print("value", v)
for i, (k, v) in enumerate(limits.items()):
    print(i, k, v)
del limits["temp"]
limits["temp"] = 90
print(list(limits))
print(len(limits.keys()), "amp" in limits.keys(), 3000 in limits.values())
print(list(zip(limits.keys(), limits.values())))
print(dict(zip(["a", "b"], [1, 2])))


def diff(old: dict[str, int], new: dict[str, int]) -> list[str]:
    out: list[str] = []
    for k in old:
        if k not in new:
            out.append(f"-{k}")
        elif new[k] != old[k]:
            out.append(f"~{k}")
    for k in new:
        if k not in old:
            out.append(f"+{k}")
    return out


print(diff({"a": 1, "b": 2, "c": 3}, {"b": 2, "c": 4, "d": 5}))

# Deduplicate device names; string sets are sorted before printing.
seen_log = ["temp0", "hum1", "temp0", "press2", "hum1", "temp3", "temp0"]
unique: set[str] = set()
first_order: list[str] = []
for name in seen_log:
    if name not in unique:
        unique.add(name)
        first_order.append(name)
print(len(unique), sorted(unique))
print(first_order)
temps = {n for n in unique if n.startswith("temp")}
print(sorted(temps))
print(sorted(set(seen_log) - temps))
lengths = {len(n) for n in seen_log}
print(sorted(lengths))
print("hum1" in unique, "hum2" in unique)


def missing(expected: list[str], present: set[str]) -> list[str]:
    return sorted(set(expected) - present)


print(missing(["temp0", "hum1", "light4", "press2", "co2"], unique))

# Lambdas as key functions for sorting sensor records.
records = [
    ("press", 3, 1013.25),
    ("temp", 1, 21.5),
    ("hum", 2, 45.0),
    ("temp", 4, 19.75),
    ("hum", 5, 45.0),
]
by_value = sorted(records, key=lambda r: r[2])
for r in by_value:
    print(r)
by_name_then_id_desc = sorted(records, key=lambda r: (r[0], -r[1]))
print([f"{n}#{i}" for n, i, _ in by_name_then_id_desc])
print(max(records, key=lambda r: r[1]))
print(min(records, key=lambda r: abs(r[2] - 40)))
names = ["uart10", "uart2", "spi", "i2c0", "uart1"]
print(sorted(names, key=lambda s: (len(s), s)))
print(sorted(names, key=len, reverse=True))
groups = sorted({r[0] for r in records})
for g in groups:
    vals = sorted((r for r in records if r[0] == g), key=lambda r: r[1])
    print(g, [r[1] for r in vals])

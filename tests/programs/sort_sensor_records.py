# Sorting sensor records: stability, multi-key sorts and reverse.
RECORDS = [
    ("node3", "temp", 21),
    ("node1", "temp", 25),
    ("node2", "hum", 40),
    ("node1", "hum", 38),
    ("node3", "temp", 19),
    ("node2", "temp", 25),
]
by_value = sorted(RECORDS, key=lambda r: r[2])
print(by_value)
stable = sorted(RECORDS, key=lambda r: r[1])
print([r[0] for r in stable])
two_pass = sorted(RECORDS, key=lambda r: r[2], reverse=True)
two_pass = sorted(two_pass, key=lambda r: r[0])
for r in two_pass:
    print(r)
print(sorted(RECORDS) == sorted(RECORDS, key=lambda r: (r[0], r[1], r[2])))
ties = sorted(RECORDS, key=lambda r: r[2], reverse=True)
print([f"{r[0]}:{r[2]}" for r in ties])

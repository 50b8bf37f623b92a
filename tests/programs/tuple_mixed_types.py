rec = (7, "seven", 7.5, True)
print(rec, rec[1], rec[2] * 2, rec[0] + 1, not rec[3])
def make_entry(i: int) -> tuple[int, str]:
    return (i, "item" + str(i))
entries = []
for i in range(4):
    entries.append(make_entry(i))
print(entries)
for k, label in entries:
    print(f"{k:>3} {label:<8}|")
names = []
for e in entries:
    names.append(e[1])
print(names)
pt = (1.5, -2.0)
print(pt, pt[0] + pt[1], repr(pt))
info = ("sensor", 3, (0.5, 1.5))
print(info[2][1], info[0].upper(), len(info))

# krait-options: --heap 48K
# The same program on a 48 KiB static heap arena instead of malloc: lists,
# dicts, strings and objects come and go; every block is returned.
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, len(counts))
print(sorted(counts.items()), counts["the"], "cat" in counts, "dog" in counts)
ages = {"ada": 36, "bob": 41}
ages["cy"] = 29
ages["ada"] += 1
del ages["bob"]
print(ages, list(ages), list(ages.keys()), list(ages.values()))
for name in ages:
    print(name, ages[name])
for k, v in ages.items():
    print(k, "->", v)
try:
    print(ages["zed"])
except KeyError as e:
    print("KeyError:", e)
sq = {n: n * n for n in range(6) if n % 2 == 0}
print(sq, sq == {0: 0, 2: 4, 4: 16}, sq.get(3), sq.get(4), sq.pop(2), sq)
print(sq.setdefault(8, 64), sq, sq.popitem(), sq)
grid = {(0, 0): "origin", (1, 2): "p"}
print(grid[(1, 2)], (0, 0) in grid, grid)
cfg = {"rate": 9600.0}
cfg.update({"parity": 1.5})
print(cfg, cfg.pop("nope", -1.0))
cfg.clear()
print(cfg, len(cfg), bool(cfg))

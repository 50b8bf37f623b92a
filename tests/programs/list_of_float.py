vals = [0.1, 0.2, 0.3, 1e16, -0.0, 1.5e-07, 2.0]
print(vals)
print(vals[0] + vals[1], vals[3] + 1.0, vals[4], vals[-1] / 3)
vals.append(1 / 3)
print(vals[-1], len(vals))
scaled = []
for v in vals:
    scaled.append(v * 10)
print(scaled)
print(min(vals), max(vals), sum(vals[:3]))
print(0.3 in vals, 0.1 + 0.2 in vals, -0.0 in vals, 0.0 in vals)
nan = float("nan")
nl = [nan, 1.0]
print(nl, nan in nl, nl.index(1.0))
temps = [21.5, 22.0, 19.75, 23.25]
avg = sum(temps) / len(temps)
print(f"avg {avg:.3f}", avg)

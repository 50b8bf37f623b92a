# A histogram of ADC readings in bins of 128, printed as bars.
READINGS = [12, 130, 140, 260, 900, 1000, 1010, 520, 515, 530, 129, 127, 640]
bins: dict[int, int] = {}
for r in READINGS:
    b = r // 128
    bins[b] = bins.get(b, 0) + 1
for b in sorted(bins):
    lo = b * 128
    print(f"{lo:4d}-{lo + 127:4d} {'#' * bins[b]} ({bins[b]})")
mode_bin = max(bins, key=lambda k: bins[k])
print("mode bin", mode_bin)
print(sorted(bins.items(), key=lambda kv: kv[1], reverse=True)[:2])


def percentile(values: list[int], pct: int) -> int:
    ordered = sorted(values)
    idx = (len(ordered) - 1) * pct // 100
    return ordered[idx]


for p in [0, 25, 50, 75, 100]:
    print(f"p{p}: {percentile(READINGS, p)}")
empty_bins = [b for b in range(8) if b not in bins]
print("empty bins:", empty_bins)

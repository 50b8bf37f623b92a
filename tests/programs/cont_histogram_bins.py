# Binning readings into a histogram list; printing bars with % formatting.
readings = [3, 17, 22, 5, 9, 31, 38, 12, 14, 27, 2, 39, 21, 20]
bins = [0] * 4
for r in readings:
    bins[min(r // 10, 3)] += 1
for i, n in enumerate(bins):
    print("%2d-%2d %s %d" % (i * 10, i * 10 + 9, "#" * n, n))
print(bins.index(max(bins)), bins.count(4), sorted(bins, reverse=True))
edges = list(zip(range(0, 40, 10), range(10, 50, 10)))
print(edges, edges[1:3])

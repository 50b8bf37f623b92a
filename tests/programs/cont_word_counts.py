# Word counts with a dict, the top words by count, then alphabetically.
TEXT = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs over the hill while the dog sleeps"""
counts: dict[str, int] = {}
for w in TEXT.split():
    counts[w] = counts.get(w, 0) + 1
ranked = sorted([(-n, w) for w, n in counts.items()])
for neg, w in ranked[:4]:
    print("%-6s %2d" % (w, -neg))
by_len: dict[int, list[str]] = {}
for w in sorted(counts):
    by_len.setdefault(len(w), []).append(w)
print(sorted(by_len.items()))
print(min(ranked), max(ranked), len(counts), sum(counts.values()))

# Word frequency over a log of sensor messages, most common first.
LOG = """temp high on node3
temp ok on node1
fan fail on node3
temp high on node2
fan ok on node3
temp high on node3"""


def count_words(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in text.split("\n"):
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
    return counts


counts = count_words(LOG)
print("distinct words:", len(counts))
print("first seen order:", list(counts.keys())[:5])
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print(f"{word:>6} {n}")
print("'temp' in counts:", "temp" in counts)
print("'cpu' in counts:", "cpu" in counts)
try:
    print(counts["cpu"])
except KeyError as e:
    print("KeyError:", e)
total = sum(counts.values())
print("total words:", total)

# Word frequencies with two parallel lists (no dicts in this program).
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox does not! A fox, a dog, and THE end."""

words: list[str] = []
counts: list[int] = []
for raw in text.split():
    w = raw.strip(".,;!?").lower()
    if w == "":
        continue
    found = -1
    for i in range(len(words)):
        if words[i] == w:
            found = i
            break
    if found >= 0:
        counts[found] += 1
    else:
        words.append(w)
        counts.append(1)

for i in range(len(words)):
    print(f"{words[i]:<8}{counts[i]:>3}")

# sort by count descending, then word ascending (selection sort)
order = []
for i in range(len(words)):
    order.append(i)
for i in range(len(order)):
    best = i
    for j in range(i + 1, len(order)):
        a = order[j]
        b = order[best]
        if counts[a] > counts[b] or (counts[a] == counts[b] and words[a] < words[b]):
            best = j
    order[i], order[best] = order[best], order[i]
print("top 5:")
for k in order[:5]:
    print(" ", words[k], counts[k], "#" * counts[k])
print("distinct", len(words), "total", sum(counts))
lines = text.split("\n")
print(len(lines), len(lines[0]), len(lines[1]))

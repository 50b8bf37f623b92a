# Word frequencies over generated text: str.join, str.split, dict[str, int].
SYLLABLES = ["ka", "ro", "mi", "tes", "un", "vo", "li", "dra", "pe", "sho", "ne", "gu"]


def make_text(nwords: int, seed: int) -> str:
    words: list[str] = []
    x = seed
    for _ in range(nwords):
        x = (x * 1103515245 + 12345) % 2147483648
        y = x >> 8
        w = SYLLABLES[y % 12]
        for _ in range(y // 12 % 3):
            y //= 12
            w += SYLLABLES[y // 12 % 12]
        words.append(w)
    return " ".join(words)


def count(text: str) -> dict[str, int]:
    freq: dict[str, int] = {}
    for w in text.split():
        freq[w] = freq.get(w, 0) + 1
    return freq


freq = count(make_text(200000, 7))
ranked = sorted([(-c, w) for w, c in freq.items()])
print(len(freq))
for neg, w in ranked[:5]:
    print(w, -neg)

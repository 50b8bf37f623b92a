# A for loop's variable read after the loop (or after an inner loop) keeps
# the last element alive although the list it came from is gone.


def last_word(text: str) -> str:
    w = ""
    for w in text.split():
        pass
    return w


def after_inner(rows: list[str]) -> int:
    total = 0
    for r in rows:
        for c in r.split(","):
            total += len(c)
        print("last of", r, "is", c)
    return total


def sizes(words: list[str]) -> int:
    n = 0
    for w in words:
        n += len(w)
    return n


print(last_word("alpha beta gamma"))
print(after_inner(["a,bb", "ccc,d,ee"]))
print(sizes(["ab", "c", "def"]))
for word in "x yy zzz".split():
    pass
print(word)

# A tokenizer as a generator: numbers, names and operators from a command line.
from typing import Iterator


def tokens(text: str) -> Iterator[tuple[str, str]]:
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == " ":
            i += 1
        elif c.isdigit():
            j = i
            while j < n and text[j].isdigit():
                j += 1
            yield ("NUM", text[i:j])
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            yield ("NAME", text[i:j])
            i = j
        else:
            yield ("OP", c)
            i += 1
    yield ("END", "")


for kind, text in tokens("set motor_1 = 120 + x*3"):
    print(f"{kind:5}|{text}")
names = [t for k, t in tokens("a = b + c1 - 22") if k == "NAME"]
print(names)
print(len(list(tokens(""))))

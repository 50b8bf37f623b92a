# Build lookup tables with dict comprehensions.
NAMES = ["idle", "boot", "run", "sleep", "fault"]
code_of = {name: i for i, name in enumerate(NAMES)}
name_of = {i: name for name, i in code_of.items()}
print(code_of)
print(name_of)
long_names = {n: len(n) for n in NAMES if len(n) > 4}
print(long_names)
squares = {i: i * i for i in range(8) if i % 2 == 1}
print(squares, sum(squares.values()))
inverted = {v: k for k, v in squares.items()}
print(inverted[25], inverted.get(4, -1))
print(code_of["run"], name_of[code_of["fault"]])


def encode_states(seq: list[str]) -> list[int]:
    return [code_of.get(s, -1) for s in seq]


codes = encode_states(["boot", "run", "halt", "sleep"])
print(codes)
print([name_of.get(c, "?") for c in codes])
by_initial = {n[0]: [m for m in NAMES if m[0] == n[0]] for n in NAMES}
print(by_initial)

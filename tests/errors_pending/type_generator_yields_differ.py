# A generator yields one type.
def readings(raw: list[int]):
    for r in raw:
        if r < 0:
            yield "n/a"
        else:
            yield r

for v in readings([1, -1]):
    print(v)
# error: 7:13: readings() yields int here but str elsewhere

# Parsing a packet stream into (type, payload) records, bytes in tuples.
stream = bytes([1, 2, 0xAA, 0xBB, 2, 0, 3, 3, 1, 2, 3])


def records(data: bytes) -> list[tuple[int, bytes]]:
    out: list[tuple[int, bytes]] = []
    i = 0
    while i + 2 <= len(data):
        kind, n = data[i], data[i + 1]
        out.append((kind, data[i + 2:i + 2 + n]))
        i += 2 + n
    return out


recs = records(stream)
print(recs)
print([(k, p.hex()) for k, p in recs], sorted(recs))
by_kind: dict[int, list[bytes]] = {}
for k, p in recs:
    by_kind.setdefault(k, []).append(p)
print(by_kind, max(recs), min(recs))

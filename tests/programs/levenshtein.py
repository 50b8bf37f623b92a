def distance(a: str, b: str) -> int:
    rows = len(a) + 1
    cols = len(b) + 1
    d = []
    for i in range(rows):
        d.append([0] * cols)
    for i in range(rows):
        d[i][0] = i
    for j in range(cols):
        d[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
    return d[rows - 1][cols - 1]

pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("abc", ""), ("same", "same"),
         ("héllo", "hello"), ("日本語", "日本"), ("intention", "execution"), ("a", "b")]
for p in pairs:
    print(f"{p[0]!r:>12} {p[1]!r:<12} {distance(p[0], p[1])}")
commands = ["start", "stop", "status", "restart", "reset"]
for typo in ["stat", "strat", "rset", "xyz"]:
    best = commands[0]
    best_d = distance(typo, best)
    for c in commands[1:]:
        dd = distance(typo, c)
        if dd < best_d:
            best = c
            best_d = dd
    print(typo, "->", best, best_d)

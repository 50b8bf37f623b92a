x = 3.14159
for w in range(4, 11, 2):
    for p in range(0, 4):
        print(f"|{x:{w}.{p}f}|{-x:>{w}.{p}e}|")
fill = "*"
align = "^"
width = 12
print(f"|{'mid':{fill}{align}{width}}|")
print(f"|{42:{fill}>{width}d}|{42:{'0'}{width}}|")
spec = ".3f"
print(f"|{x:{spec}}|{x:>12{spec}}|")
typ = "x"
print(f"|{255:{typ}}|{255:#{typ}}|{255:08{typ}}|")
n = 5
print(f"{'-' * n}|{n * n:>{n}}|")
cols = [3, 7, 11]
for c in cols:
    print(f"[{c:^{c}}]")
sign = "+"
print(f"{7:{sign}}", f"{-7:{sign}}", f"{7.5:{sign}.1f}")

s = "a,b,c,d,e"
for m in [-1, 0, 1, 2, 4, 5, 100]:
    print(m, s.split(",", m), s.split(",", maxsplit=m))
w = "  one two   three four  "
for m in [-1, 0, 1, 2, 3, 10]:
    print(m, w.split(None, m), w.split(maxsplit=m))
print("k=v=w".split("=", 1), "=v".split("=", 1), "k=".split("=", 1), "k".split("=", 1))
cmd = "set  speed 100 fast"
head = cmd.split(" ", 1)
print(head, head[1].split())
print("a::b::c".split("::", 1), "::".split("::", 5))

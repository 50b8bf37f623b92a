s = "firmware.bin"
print(s.startswith("firm"), s.startswith("ware"), s.startswith(""), s.startswith(s), s.startswith(s + "x"))
print(s.endswith(".bin"), s.endswith("bin"), s.endswith(""), s.endswith(".hex"), s.endswith("firmware.bin"))
print(s.startswith("ware", 4), s.startswith("ware", 4, 7), s.startswith("ware", 4, 8), s.endswith("ware", 0, 8))
print(s.startswith(("x", "fi")), s.endswith((".hex", ".bin")), s.startswith(("a", "b")))
print("".startswith(""), "".endswith("a"), "é".startswith("é"), "日本".endswith("本"))
print(s.startswith("f", -3), s.endswith("fir", 0, 3), s.startswith("bin", -3), s.startswith("", 100))
files = ["a.py", "b.c", "c.py", "readme", "d.h", "e.PY"]
for f in files:
    if f.endswith(".py"):
        kind = "python"
    elif f.endswith((".c", ".h")):
        kind = "c"
    else:
        kind = "other"
    print(f, kind)

def t(label: str) -> bool:
    print("t", label)
    return True

def f(label: str) -> bool:
    print("f", label)
    return False

print(t("1") and f("2") and t("3"))
print(f("1") and t("2"))
print(t("1") or f("2"))
print(f("1") or f("2") or t("3") or t("4"))
print(not f("n") and t("after not"))
print((f("a") or t("b")) and (t("c") or f("d")))
if t("cond") and f("cond2"):
    print("no")
else:
    print("else branch")
x = 0
def inc() -> int:
    global x
    x += 1
    return x
r = inc() > 5 and inc() > 0
print(r, x)
r = inc() > 0 or inc() > 0
print(r, x)
lst: list[int] = []
print(len(lst) > 0 and lst[0] > 0)
print(len(lst) == 0 or lst[0] > 0)
d = 0
print(d != 0 and 10 // d > 1)
i = 0
while i < 3 and t("loop" + str(i)):
    i += 1

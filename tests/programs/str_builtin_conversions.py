print(str(42), str(-0), str(3.0), str(True), str(None), str("s"), str(""), str(-2 ** 62))
print(repr(42), repr(3.5), repr(False), repr(None), repr("s"), repr(""))
print(str((1, "a")), str([1, 2]), str(["a"]), str([0][:0]), str(()), str((1,)), str([[1], []]))
print(len(str(10 ** 18)), len(repr("ab")), str(1e100), str(0.000001))
print(int("  -12  ") + 1, int("0"), int("-0"), int("007"), int("+0"))
for t in ["12", " 12 ", "1_2", "12_", "_12", "1__2", "1.0", "1e3", "", " ", "0x10", "  - 5", "+-5", "12abc", "9" * 18]:
    try:
        print(repr(t), int(t))
    except ValueError as e:
        print(repr(t), "ValueError:", e)
print(str(int("123")) == "123", str(float("1.50")), int(str(-77)))
print(bool("False"), bool(""), str(bool(0)), str(1 == 1))

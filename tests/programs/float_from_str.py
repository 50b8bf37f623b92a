texts = ["  1e-3 ", "3.14", "-2.5", "+7", "1_000.5", ".5", "5.", "1E10", "-1e-400",
         "1e400", "inf", "-Infinity", "nan", "  -0  ", "0x10", "1__0", "", " ", "1.2.3",
         "1e", "e5", "12\n", "\t4.5\t", "1,5", "0.1e+2", "000123.000", "-.25e1"]
for t in texts:
    try:
        v = float(t)
        print(repr(t), "->", v)
    except ValueError as e:
        print(repr(t), "error:", e)
print(float(3), float(-0), float(True), float(2 ** 53 + 1))
print(float("9007199254740993"), float("0.1000000000000000055511151231257827"))
print(float("1.7976931348623157e308"), float("1.7976931348623159e308"))
print(float("4.9e-324"), float("2e-324"), float("3e-324"))

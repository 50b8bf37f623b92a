# printf-style formatting of str with a literal format.
rows = [("adc0", 1023, 3.3), ("adc1", 7, 0.0125), ("temp", -40, -40.0)]
for name, raw, volts in rows:
    print("%-6s|%6d|%08.3f|%+.2e|%x" % (name, raw, volts, volts, raw & 0xFFFF))
print("%s %r %d%%" % ("ok", "ok", 50), "%5s|%-5s|" % ("ab", "cd"))
print("%o %#o %X %#x %i %u" % (8, 8, 255, 255, -3, 7))
print("%g %g %G %.3g" % (0.0001, 123456789.0, 1e-10, 3.14159))
print("%s and %s" % ([1, 2], (3, "x")), "%d" % 7.9, "%.1f" % 2)
print("[%s]" % None, "%s" % True, "%d" % False)

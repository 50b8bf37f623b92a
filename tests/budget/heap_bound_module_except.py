# An exception caught at module level stays in a global ('e'): the
# module's fini only releases it, so the bound holds.
# budget: heap-bound 2982

readings = [3, 0, 4]
for r in readings:
    try:
        print(12 // r)
    except ZeroDivisionError as e:
        print("skipped:", e)

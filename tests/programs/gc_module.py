# The gc module: collect() (0 without reference cycles), enable/disable/
# isenabled, and MicroPython's mem_alloc()/mem_free() (AttributeError in CPython).
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.collect(), gc.isenabled())
try:
    used = gc.mem_alloc()
    free = gc.mem_free()
    print("heap figures", used >= 0, free >= -1)
except AttributeError:
    print("heap figures", True, True)

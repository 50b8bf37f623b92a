# The program's own modules: import, from-import, a package and its
# submodules, module globals read from outside, specialisation across modules.
import fwlib
from fwlib import sensors
from fwlib.sensors import scale, OFFSET
from fwlib.leds import pattern, brightness

print("fwlib", fwlib.VERSION, sensors.OFFSET, sensors.calls)
print(scale(207), sensors.scale(17), OFFSET)
print(sensors.label(4), sensors.label("x"))
for i in range(5):
    print(i, pattern(i % 5) if i < 5 else "", brightness(i * 100))
print(__name__)
print(sensors.calls)

# Relative imports inside a package (from . import m, from ..m import f,
# from .m import NAME) and dotted module chains (import a.b.c; a.b.c.f()).
import fwlib.drivers.uart
import fwlib.drivers
from fwlib.drivers import crc

print(fwlib.drivers.uart.send("ping"), fwlib.drivers.BAUD)
print(crc.crc8("abc"), fwlib.drivers.crc.crc8("abc"), fwlib.VERSION)

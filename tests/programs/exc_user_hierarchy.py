# User exception classes deriving from each other, matched by subclass.
class DriverError(Exception):
    pass


class BusError(DriverError):
    def __init__(self, bus: str, code: int) -> None:
        super().__init__(f"{bus} failed with code {code}")
        self.bus = bus
        self.code = code


class TimeoutError_(BusError):
    pass


class ConfigError(DriverError):
    pass


def probe(i: int) -> str:
    if i == 0:
        raise BusError("i2c0", 5)
    if i == 1:
        raise TimeoutError_("spi1", 110)
    if i == 2:
        raise ConfigError("missing clock source")
    if i == 3:
        raise ValueError("plain value error")
    return "ok"


for i in range(5):
    try:
        print(i, probe(i))
    except TimeoutError_ as e:
        print(i, "timeout:", e, e.code)
    except BusError as e:
        print(i, "bus:", e, e.bus, e.args)
    except DriverError as e:
        print(i, "driver:", e, e.args)
    except Exception as e:
        print(i, "other:", e)
print(isinstance(TimeoutError_("x", 1), DriverError), isinstance(ConfigError("x"), BusError))

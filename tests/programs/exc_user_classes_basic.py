# Exception classes of the program: raised, caught by class and base class,
# isinstance, stored and raised later, and an uncaught one.
class DriverError(Exception):
    """Something went wrong talking to a device."""


class TimeoutError2(DriverError):
    pass


class ChecksumError(DriverError, ):
    ...


def read(n: int) -> int:
    if n == 1:
        raise TimeoutError2("no answer from 0x48")
    if n == 2:
        raise ChecksumError("bad crc")
    if n == 3:
        raise ValueError("bad n")
    return n * 10


for i in range(5):
    try:
        print(read(i))
    except TimeoutError2 as e:
        print("timeout:", e)
    except DriverError as e:
        print("driver error:", e, isinstance(e, ChecksumError), isinstance(e, TimeoutError2))
    except (KeyError, ValueError) as e:
        print("other:", e)
err = ChecksumError("stored")
try:
    raise err
except Exception as e:
    print("caught", e)
raise TimeoutError2("final")

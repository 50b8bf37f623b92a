# A program that catches exceptions holds a bounded number at once: the
# pending one, one being raised, one per instruction that takes one (a
# handler's fetch, its variable), each with a __context__ chain at most one
# longer than the handlers of the call tree.
# budget: heap-bound 8458


class SensorError(Exception):
    pass


def read(channel: int) -> int:
    if channel == 3:
        raise SensorError("channel 3 does not answer")
    if channel == 5:
        raise ValueError(f"channel {channel} out of range")
    return 100 // (channel - 6) if channel > 6 else channel * 10


def poll() -> int:
    total = 0
    for channel in range(8):
        try:
            total += read(channel)
        except SensorError as e:
            print("sensor:", e)
        except ValueError as e:
            print("value:", e)
        except ZeroDivisionError:
            print("channel", channel, "divides by zero")
    return total


print(poll())

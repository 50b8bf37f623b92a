# A program whose heap sites all run a known number of times gets a bound
# on its heap peak: objects returned from functions called outside loops,
# a small list display, the text of str(...), and one exception the runtime
# may raise (the division).  The suite checks the measured peak against it.
# budget: heap-bound 435
# budget: site 16 heap 24


class Reading:
    def __init__(self, sensor: int, value: int) -> None:
        self.sensor = sensor
        self.value = value


def read(sensor: int) -> Reading:
    return Reading(sensor, sensor * 10)


def average(a: Reading, b: Reading) -> int:
    return (a.value + b.value) // 2


def main() -> None:
    first = read(1)
    second = read(2)
    values = [first.value, second.value, average(first, second)]
    print("average " + str(values[2]), len(values))


kept = read(3)
main()
print(kept.value)

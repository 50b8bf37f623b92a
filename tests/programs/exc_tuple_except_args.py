# except (A, B) as e, e.args of several values, str() of exceptions.
class SensorFault(Exception):
    pass


class Overheat(Exception):
    pass


def check(t: int) -> None:
    if t > 100:
        raise Overheat("too hot", str(t))
    if t < -40:
        raise SensorFault("implausible " + str(t), "check wiring")
    if t == 0:
        raise SensorFault()


for t in [20, 120, -60, 0]:
    try:
        check(t)
        print(t, "fine")
    except (Overheat, SensorFault) as e:
        kind = "Overheat" if isinstance(e, Overheat) else "SensorFault"
        print(t, kind, e.args, "|", str(e), "|", len(e.args))
e = Overheat("single")
print(str(e), e.args)

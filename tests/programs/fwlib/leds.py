from fwlib.sensors import scale


def pattern(times: int) -> str:
    return "*" * times + "." * (4 - times)


def brightness(raw: int) -> int:
    return int(scale(raw) * 10)

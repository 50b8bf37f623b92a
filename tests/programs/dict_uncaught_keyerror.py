# An uncaught KeyError ends the program with CPython's last traceback line.
CALIBRATION = {"adc0": 1.002, "adc1": 0.998}


def gain(channel: str) -> float:
    return CALIBRATION[channel]


for ch in ["adc0", "adc1"]:
    print(ch, gain(ch))


def describe() -> str:
    return ", ".join(f"{k}={v}" for k, v in CALIBRATION.items())


print("table:", describe())
print("reading adc2")
print(gain("adc2"))
print("not reached")

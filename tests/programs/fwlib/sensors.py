"""Sensor scaling: module globals and functions used from another module."""
OFFSET = 3
calls = 0


def scale(raw: int) -> float:
    global calls
    calls += 1
    return (raw + OFFSET) / 10


def label(n):
    return "sensor-" + str(n)

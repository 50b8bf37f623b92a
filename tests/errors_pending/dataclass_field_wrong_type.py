from dataclasses import dataclass


@dataclass
class Reading:
    sensor: str
    value: float


r = Reading("t0", "hot")
# error: 10:19: argument 2 of Reading() must be float, not str

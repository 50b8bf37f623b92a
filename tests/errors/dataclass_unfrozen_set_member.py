from dataclasses import dataclass


@dataclass
class P:
    x: int


s = {P(1), P(2)}
# error: 9:5: unhashable type: 'P' (a @dataclass without frozen=True has no __hash__)

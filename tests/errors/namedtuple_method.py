from typing import NamedTuple


class Sample(NamedTuple):
    channel: int

    def doubled(self) -> int:
        return self.channel * 2


print(Sample(1))
# error: 7:5: methods in a NamedTuple class is not supported yet by krait

# Class attributes assigned through the class name: counters shared by all
# instances, configuration changed at run time, read through instances and
# subclasses.
class Channel:
    opened = 0
    gain = 1.5
    label = "ch"

    def __init__(self, n: int) -> None:
        self.n = n
        Channel.opened += 1

    def scaled(self, raw: int) -> float:
        return raw * self.gain


class FastChannel(Channel):
    rate = 1000


def reconfigure(g: float) -> None:
    Channel.gain = g
    FastChannel.rate *= 2


a = Channel(0)
b = FastChannel(1)
print(Channel.opened, a.scaled(10), b.scaled(10), FastChannel.opened)
reconfigure(2.0)
Channel.label = "channel"
print(Channel.gain, a.scaled(10), b.scaled(10), FastChannel.rate, b.rate, FastChannel.label)
for i in range(3):
    Channel(i)
print(Channel.opened, b.opened)

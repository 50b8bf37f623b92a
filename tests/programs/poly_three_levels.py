# Three levels of classes: overrides at each level, inherited overrides,
# super() chains, dispatch through the root type.
class Node:
    def __init__(self, ident: int) -> None:
        self.ident = ident

    def kind(self) -> str:
        return "node"

    def weight(self) -> int:
        return 1

    def label(self) -> str:
        return f"{self.kind()}#{self.ident}/{self.weight()}"


class Device(Node):
    def kind(self) -> str:
        return "device"

    def weight(self) -> int:
        return super().weight() + 10


class Sensor(Device):
    def weight(self) -> int:
        return super().weight() * 2


class Actuator(Device):
    def kind(self) -> str:
        return "actuator(" + super().kind() + ")"


nodes: list[Node] = [Node(1), Device(2), Sensor(3), Actuator(4)]
for n in nodes:
    print(n.label(), n.kind(), n.weight())
print(sum([n.weight() for n in nodes]))
d: Device = Sensor(5)
print(d.label())
d = Actuator(6)
print(d.label())

# A registry of devices keyed by name: dict values typed as the base class
# hold subclass instances; polling dispatches on each one's class.
class Device:
    def __init__(self, name: str) -> None:
        self.name = name
        self.polls = 0

    def poll(self) -> int:
        self.polls += 1
        return 0

    def status(self) -> str:
        return f"{self.name}: {self.polls} polls"


class Counter(Device):
    def __init__(self, name: str, step: int) -> None:
        super().__init__(name)
        self.step = step
        self.count = 0

    def poll(self) -> int:
        super().poll()
        self.count += self.step
        return self.count


class Flaky(Device):
    def poll(self) -> int:
        super().poll()
        if self.polls % 3 == 0:
            raise RuntimeError(self.name + " timed out")
        return self.polls


registry: dict[str, Device] = {}
registry["c1"] = Counter("c1", 5)
registry["base"] = Device("base")
registry["fl"] = Flaky("fl")
for rnd in range(4):
    for key in sorted(registry):
        try:
            print(rnd, key, registry[key].poll())
        except RuntimeError as e:
            print(rnd, key, "error:", e)
for d in registry.values():
    print(d.status(), isinstance(d, Counter))
extra: list[Device] = []
extra.append(Counter("late", 2))
extra.append(Device("plain"))
extra.insert(0, Flaky("first"))
print([d.name for d in extra], [d.poll() for d in extra])

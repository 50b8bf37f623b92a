# Context managers that always release a resource, even on error.
class SpiBus:
    def __init__(self) -> None:
        self.owner = ""
        self.transfers = 0


class SpiLock:
    def __init__(self, bus: SpiBus, who: str) -> None:
        self.bus = bus
        self.who = who

    def __enter__(self) -> SpiBus:
        if self.bus.owner != "":
            raise RuntimeError(f"bus held by {self.bus.owner}")
        self.bus.owner = self.who
        print("  acquire by", self.who)
        return self.bus

    def __exit__(self, exc_type, exc, tb) -> bool:
        print("  release by", self.who, "error" if exc is not None else "clean")
        self.bus.owner = ""
        return False


bus = SpiBus()
with SpiLock(bus, "display") as b:
    b.transfers += 3
print("owner after:", repr(bus.owner), bus.transfers)
try:
    with SpiLock(bus, "sdcard") as b:
        b.transfers += 1
        raise OSError("card removed")
except OSError as e:
    print("caught:", e)
print("owner after error:", repr(bus.owner), bus.transfers)
with SpiLock(bus, "outer"):
    try:
        with SpiLock(bus, "inner"):
            print("  not reached")
    except RuntimeError as e:
        print("  nested:", e)
print("final owner:", repr(bus.owner))

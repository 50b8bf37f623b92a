# Objects with __eq__ and __hash__ as dict keys and set members.
class DeviceId:
    def __init__(self, vendor: int, product: int) -> None:
        self.vendor = vendor
        self.product = product

    def __eq__(self, other: "DeviceId") -> bool:
        return self.vendor == other.vendor and self.product == other.product

    def __hash__(self) -> int:
        return hash((self.vendor, self.product))

    def __repr__(self) -> str:
        return f"{self.vendor:04x}:{self.product:04x}"


drivers = {DeviceId(0x0483, 0x5740): "cdc-acm", DeviceId(0x1209, 0x0001): "test"}
probe = DeviceId(0x0483, 0x5740)
print(drivers[probe], probe in drivers, DeviceId(1, 2) in drivers)
seen = {DeviceId(1, 1), DeviceId(1, 1), DeviceId(2, 1)}
print(len(seen))
print(sorted(repr(d) for d in seen))
print(probe == DeviceId(0x0483, 0x5740), probe != DeviceId(0, 0))
drivers[DeviceId(0x0483, 0x5740)] = "replaced"
print(drivers)

# Nested dictionaries: per-peripheral settings.
periph: dict[str, dict[str, int]] = {
    "uart0": {"baud": 115200, "irq": 5},
    "spi1": {"clock": 8000000, "irq": 9},
}
periph["i2c0"] = {"clock": 400000, "irq": 11, "addr": 0x50}
periph["uart0"]["irq"] = 6
for name in periph:
    settings = periph[name]
    parts = [f"{k}={v}" for k, v in settings.items()]
    print(name, ", ".join(parts))
irqs = sorted(s["irq"] for s in periph.values())
print("irqs:", irqs)
print(periph["spi1"].get("addr", -1))
try:
    print(periph["spi1"]["addr"])
except KeyError as e:
    print("missing", e)
print(periph)


def irq_owner(irq: int) -> str:
    for name, settings in periph.items():
        if settings.get("irq") == irq:
            return name
    return "unassigned"


print([irq_owner(n) for n in [6, 9, 10, 11]])

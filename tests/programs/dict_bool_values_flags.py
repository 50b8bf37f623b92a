# Feature flags stored as dict[str, bool], toggled and counted.
flags = {"wifi": True, "ble": False, "ota": True, "debug": False}


def toggle(name: str) -> None:
    flags[name] = not flags[name]


toggle("ble")
toggle("ota")
print(flags)
enabled = [name for name, on in flags.items() if on]
print("enabled:", enabled)
print("any:", any(flags.values()), "all:", all(flags.values()))
print("count on:", sum(1 for v in flags.values() if v))
try:
    toggle("lora")
except KeyError as e:
    print("no flag", e)


def apply_profile(profile: dict[str, bool]) -> list[str]:
    changed: list[str] = []
    for name, on in profile.items():
        if flags.get(name) != on:
            changed.append(name)
        flags[name] = on
    return changed


print(apply_profile({"wifi": False, "debug": True, "lora": True}))
print(flags)

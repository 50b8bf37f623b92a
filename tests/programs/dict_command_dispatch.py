# A command table: names map to handler functions, like a serial console.
state: dict[str, int] = {"led": 0, "fan": 0, "pwm": 50}


def cmd_on(arg: str) -> str:
    state[arg] = 1
    return arg + " on"


def cmd_off(arg: str) -> str:
    state[arg] = 0
    return arg + " off"


def cmd_set_pwm(arg: str) -> str:
    value = int(arg)
    if value < 0 or value > 100:
        raise ValueError("pwm out of range: " + arg)
    state["pwm"] = value
    return "pwm=" + str(value)


def cmd_status(arg: str) -> str:
    parts = [k + "=" + str(v) for k, v in state.items()]
    return " ".join(parts)


COMMANDS = {
    "on": cmd_on,
    "off": cmd_off,
    "pwm": cmd_set_pwm,
    "status": cmd_status,
}

SCRIPT = ["on led", "status", "pwm 75", "off led", "reboot now", "pwm 130", "on fan", "status"]

for line in SCRIPT:
    name, _, arg = line.partition(" ")
    handler = COMMANDS.get(name)
    if handler is None:
        print(f"> {line}: unknown command")
        continue
    try:
        print(f"> {line}: {handler(arg)}")
    except ValueError as e:
        print(f"> {line}: error: {e}")
print(sorted(COMMANDS))

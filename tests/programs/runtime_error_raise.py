state = 0

def step(cmd: str) -> None:
    global state
    if cmd == "start":
        if state != 0:
            raise RuntimeError("already started")
        state = 1
    elif cmd == "stop":
        if state != 1:
            raise RuntimeError("not running (state " + str(state) + ")")
        state = 2
    else:
        raise ValueError(f"unknown command {cmd!r}")

for c in ["stop", "start", "start", "jump", "stop", "stop"]:
    try:
        step(c)
        print(c, "ok, state", state)
    except RuntimeError as e:
        print(c, "RuntimeError:", e)
    except ValueError as e:
        print(c, "ValueError:", e)

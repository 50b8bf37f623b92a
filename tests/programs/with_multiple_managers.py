# Several managers in one with statement: entered left to right, exited in reverse.
log: list[str] = []


class Res:
    def __init__(self, name: str, fail_enter: bool = False) -> None:
        self.name = name
        self.fail_enter = fail_enter

    def __enter__(self) -> str:
        if self.fail_enter:
            log.append(f"enter {self.name} FAILED")
            raise RuntimeError(f"cannot open {self.name}")
        log.append(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb) -> None:
        log.append(f"exit {self.name}")


with Res("clock") as c, Res("power") as p, Res("bus") as b:
    log.append(f"body {c} {p} {b}")
print("\n".join(log))
log.clear()
try:
    with Res("clock"), Res("radio", fail_enter=True), Res("bus"):
        log.append("body")
except RuntimeError as e:
    log.append(f"caught {e}")
print("\n".join(log))

# A closure appending to a list captured from its enclosing function.
from typing import Callable


def recorder() -> tuple[Callable[[str], None], Callable[[], list[str]]]:
    log: list[str] = []

    def record(msg: str) -> None:
        log.append(msg.upper())

    def dump() -> list[str]:
        return log

    return record, dump


rec, dump = recorder()
rec("boot")
rec("ready")
print(dump(), len(dump()))

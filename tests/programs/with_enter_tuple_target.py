# __enter__ returning a tuple unpacked by `as (a, b)`; __exit__ records
# how each block ended, also when a function returns from inside it.
class Session:
    def __init__(self, log: list[str], ident: int) -> None:
        self.log = log
        self.ident = ident

    def __enter__(self) -> tuple[int, str]:
        self.log.append(f"open {self.ident}")
        return self.ident, f"s{self.ident}"

    def __exit__(self, exc_type, exc, tb) -> bool:
        self.log.append(f"close {self.ident} {'error' if exc is not None else 'ok'}")
        return False


log: list[str] = []


def work(i: int) -> str:
    with Session(log, i) as (num, name):
        if num == 2:
            return "early " + name
        if num == 3:
            raise KeyError(name)
        log.append("work " + name)
    return "done " + name


for i in range(1, 5):
    try:
        print(work(i))
    except KeyError as e:
        print("KeyError", e)
print("\n".join(log))

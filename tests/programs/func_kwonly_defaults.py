# Keyword-only parameters, positional-only parameters, and default values
# evaluated once at the def statement (a mutable default is shared).
def configure(port: str, /, baud: int = 9600, *, parity: str = "N", stop: int = 1) -> str:
    return f"{port}:{baud}{parity}{stop}"


print(configure("uart0"), configure("uart1", 115200), configure("uart2", parity="E"))
print(configure("uart3", stop=2, baud=57600, parity="O"))


def log(msg: str, history: list[str] = []) -> int:
    history.append(msg)
    return len(history)


print(log("boot"), log("ready"), log("fault", []), log("again"))
SCALE = 3


def scaled(v: int, k: int = SCALE * 2, *, offset: int) -> int:
    return v * k + offset


SCALE = 100
print(scaled(2, offset=1), scaled(2, 5, offset=0))


def order(tag: str) -> str:
    print("eval", tag)
    return tag


def join3(a: str, b: str, c: str) -> str:
    return a + b + c


print(join3(c=order("c"), a=order("a"), b=order("b")))

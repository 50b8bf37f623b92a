from typing import Generator


def f() -> Generator[int, int, None]:
    x = yield 1
    print(x)
f()
# error: 4:27: generators that receive values (send(): the send type must be None) is not supported yet by krait

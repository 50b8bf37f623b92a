# A closure that builds a report line by line with a str cell.
from typing import Callable


def reporter(title: str) -> tuple[Callable[[str, int], None], Callable[[], str]]:
    text = title + ":"
    count = 0

    def add(label: str, value: int) -> None:
        nonlocal text, count
        count += 1
        text += f" {label}={value}"

    def done() -> str:
        return f"{text} ({count} items)"

    return add, done


add, done = reporter("status")
add("temp", 21)
add("hum", 40)
print(done())

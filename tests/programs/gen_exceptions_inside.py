# Exceptions inside generators: handled there, or carried to the consumer through a pipeline.
from typing import Iterator


class ParseError(Exception):
    pass


def parse_ints(fields: list[str]) -> Iterator[int]:
    for f in fields:
        try:
            yield int(f)
        except ValueError:
            print("skipping", repr(f))


def strict(fields: list[str]) -> Iterator[int]:
    for i, f in enumerate(fields):
        if not f.isdigit():
            raise ParseError(f"field {i}: {f!r}")
        yield int(f)


def doubled(src: Iterator[int]) -> Iterator[int]:
    for v in src:
        yield v * 2


print(list(parse_ints(["1", "x", "3", "", "5"])))
try:
    for v in doubled(strict(["4", "5", "6a", "7"])):
        print("value", v)
except ParseError as e:
    print("parse error:", e)


def safe_total(fields: list[str]) -> int:
    total = 0
    try:
        for v in strict(fields):
            total += v
    except ParseError:
        return -1
    return total


print(safe_total(["1", "2"]), safe_total(["1", "?"]))

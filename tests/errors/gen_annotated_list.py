def f() -> list[int]:
    yield 1


f()
# error: 1:12: a generator function returns an iterator: annotate it Iterator[...], Iterable[...] or Generator[..., None, ...], not list[int]

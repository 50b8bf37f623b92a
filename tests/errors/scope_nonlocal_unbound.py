def outer() -> None:
    def inner() -> None:
        nonlocal missing
        missing = 1
    inner()
# error: 3:9: no binding for nonlocal 'missing' found

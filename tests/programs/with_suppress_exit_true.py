# __exit__ returning True suppresses the exception; False lets it propagate.
class Suppress:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.caught = 0

    def __enter__(self) -> "Suppress":
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc is None:
            return False
        if self.kind == "value" and isinstance(exc, ValueError):
            self.caught += 1
            print("  suppressed:", exc)
            return True
        print("  passing on:", exc)
        return False


s = Suppress("value")
for text in ["12", "x1", "7", "??"]:
    with s:
        print("parsed", int(text))
print("suppressed count", s.caught)
try:
    with Suppress("value"):
        print(1 // 0)
except ZeroDivisionError as e:
    print("outer caught:", e)
print("after")

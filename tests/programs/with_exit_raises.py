# An exception raised by __exit__ replaces the one from the body; one
# raised by __enter__ never reaches __exit__.
class Strict:
    def __init__(self, fail_enter: bool) -> None:
        self.fail_enter = fail_enter

    def __enter__(self) -> "Strict":
        if self.fail_enter:
            raise OSError("enter failed")
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        print("exit with", exc)
        if exc is not None:
            raise RuntimeError("cleanup failed after: " + str(exc))
        return False


for fail in [False, True]:
    try:
        with Strict(fail):
            print("body")
            raise ValueError("body failed")
    except RuntimeError as e:
        print("RuntimeError:", e)
    except OSError as e:
        print("OSError:", e)
with Strict(False) as s:
    print("clean", s.fail_enter)

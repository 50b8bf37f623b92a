# Nested managers: the inner one swallows KeyError, the outer one sees a
# clean exit; an error the inner one passes on reaches the outer one.
class Ignore:
    def __init__(self, label: str, swallow_key: bool) -> None:
        self.label = label
        self.swallow_key = swallow_key

    def __enter__(self) -> str:
        print("enter", self.label)
        return self.label.upper()

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc is None:
            print("exit", self.label, "clean")
            return False
        if self.swallow_key and isinstance(exc, KeyError):
            print("exit", self.label, "swallowed", exc)
            return True
        print("exit", self.label, "passing", exc)
        return False


table = {"a": 1}
for key in ["a", "b"]:
    with Ignore("outer", False) as o:
        with Ignore("inner", True) as i:
            print(o, i, table[key])
        print("after inner", key)
try:
    with Ignore("outer", True), Ignore("inner", False):
        print(10 // len(""))
except ZeroDivisionError as e:
    print("caught", e)
with Ignore("outer", True), Ignore("inner", False):
    print(table["zzz"])
print("done")

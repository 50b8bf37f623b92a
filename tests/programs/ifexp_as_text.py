# A conditional expression whose branches differ in type is fine where its
# value is only turned into text: print() arguments, str(), f-string
# fields.  Nested conditionals, None, floats, bools and lists as branches.
from typing import Optional


def show(t: Optional[float], n: int, tags: list[str]) -> None:
    print("temp:", t if t is not None else "--", n if n > 0 else None)
    print(f"[{t if t is not None else 'n/a'}] {n if n else 'zero'} {tags if tags else 'untagged'}")
    s = str(n if n > 1 else "one" if n == 1 else False)
    print(s, len(s))
    print(n * 2 if n % 2 else "even", sep="|")


show(21.5, 3, ["a"])
show(None, 0, [])
show(1.0, 1, ["x", "y"])
show(2.25, 2, [])

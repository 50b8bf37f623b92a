# A back pointer held as a weak reference is not a reference cycle: no
# warning, and no cycle collector is linked (the report has no line for
# it).  The same classes with a strong back pointer would warn.
# krait-options: --target cortex-m0 --stack-estimate
# budget: warnings 0
# budget: site 18 heap 16
import weakref


class Parent:
    def __init__(self, name: str) -> None:
        self.name = name
        self.children: list[Child] = []


class Child:
    def __init__(self, parent: Parent) -> None:
        self.parent = weakref.ref(parent)


def build() -> int:
    p = Parent("bus")
    p.children.append(Child(p))
    c = p.children[0]
    q = c.parent()
    return len(q.name) if q is not None else -1


print(build())

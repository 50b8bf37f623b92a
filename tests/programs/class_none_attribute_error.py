# Attribute access through None raises CPython's AttributeError text.
from typing import Optional


class Link:
    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.next: Optional[Link] = None


a = Link("a")
a.next = Link("b")
print(a.tag, a.next.tag if a.next is not None else "-")


def second_next_tag(l: Link) -> str:
    n = l.next
    try:
        return n.next.tag
    except AttributeError as e:
        return "AttributeError: " + str(e)


print(second_next_tag(a))
print(second_next_tag(Link("c")))

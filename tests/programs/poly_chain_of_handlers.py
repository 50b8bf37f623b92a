# A chain of responsibility: each handler holds an Optional link to the next
# one, typed as the base class.
from typing import Optional


class Handler:
    def __init__(self) -> None:
        self.next: Optional[Handler] = None
        self.handled = 0

    def link(self, nxt: "Handler") -> "Handler":
        self.next = nxt
        return nxt

    def accepts(self, code: int) -> bool:
        return False

    def handle(self, code: int) -> str:
        if self.accepts(code):
            self.handled += 1
            return self.name() + " took " + str(code)
        if self.next is None:
            return "dropped " + str(code)
        return self.next.handle(code)

    def name(self) -> str:
        return "base"


class Low(Handler):
    def accepts(self, code: int) -> bool:
        return code < 10

    def name(self) -> str:
        return "low"


class Even(Handler):
    def accepts(self, code: int) -> bool:
        return code % 2 == 0

    def name(self) -> str:
        return "even"


class Big(Handler):
    def accepts(self, code: int) -> bool:
        return code > 100

    def name(self) -> str:
        return "big"


head: Handler = Low()
head.link(Even()).link(Big())
for c in [3, 12, 15, 150, 151, 8, 77]:
    print(head.handle(c))
h: Optional[Handler] = head
while h is not None:
    print(h.name(), h.handled)
    h = h.next

from typing import Optional


class H:
    pass


slots: list[Optional[H]] = [None] * 2
print(slots)
# error: 9:7: printing a list[Optional[H]] is not supported yet by krait

# A __str__ that raises: the uncaught report says so, as CPython does.
class X(Exception):
    def __str__(self) -> str:
        raise ValueError("no")

raise X()

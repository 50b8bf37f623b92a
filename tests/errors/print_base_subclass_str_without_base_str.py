class Base:
    def __repr__(self) -> str:
        return "Base()"


class Loud(Base):
    def __str__(self) -> str:
        return "LOUD"


items: list[Base] = [Base(), Loud()]
for it in items:
    print(it)
# error: 13:11: printing a Base, which may be a Loud: that subclass defines __str__ but Base does not (define __str__ in Base too) is not supported yet by krait

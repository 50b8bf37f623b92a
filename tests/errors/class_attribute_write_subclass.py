class Base:
    count = 0


class Sub(Base):
    pass


Sub.count = 5
print(Base.count)
# error: 9:1: assigning a class attribute that a base class defines, through the subclass is not supported yet by krait

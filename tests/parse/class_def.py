# Class definitions: bases, keywords, starred and nested classes.
class A:
    pass


class B():
    x = 1


class C(A, B):
    def method(self):
        return self.x


class D(A, metaclass=Meta, **extra):
    pass


class E(*bases):
    class Inner:
        pass

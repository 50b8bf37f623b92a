class A:
    pass

class B:
    pass

class C(A, B):
    pass
# error: 7:12: multiple inheritance is not supported by krait (class C): a krait class has one base class; combine the bases or hold one as a field

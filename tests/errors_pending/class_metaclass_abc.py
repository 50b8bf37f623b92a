# Abstract base classes need a metaclass; write a base class whose methods raise NotImplementedError.
from abc import ABCMeta


class Driver(metaclass=ABCMeta):
    pass
# error: 2:1: module 'abc' is not available in krait: abstract base classes need metaclasses; write a base class whose methods raise NotImplementedError
# error: 5:14: metaclasses are not supported by krait (class Driver): classes are compiled to C structs; there is no class object to customise

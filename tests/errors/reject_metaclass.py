class Meta:
    pass

class Device(metaclass=Meta):
    pass
# error: 4:14: metaclasses are not supported by krait (class Device): classes are compiled to C structs; there is no class object to customise

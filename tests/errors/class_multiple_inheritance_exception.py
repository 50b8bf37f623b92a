# Even exception classes have one base.
class BusError(Exception):
    pass


class TimeoutBusError(BusError, TimeoutError):
    pass
# error: 6:33: multiple inheritance is not supported by krait (class TimeoutBusError): a krait class has one base class; combine the bases or hold one as a field

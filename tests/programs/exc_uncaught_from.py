# An uncaught exception raised from another: both tracebacks, the custom
# __str__ on the last line.
class LinkError(Exception):
    def __init__(self, port: int) -> None:
        super().__init__(port)
        self.port = port

    def __str__(self) -> str:
        return f"link down on port {self.port}"


def connect(port: int) -> int:
    try:
        return 100 // (port - port)
    except ZeroDivisionError as e:
        raise LinkError(port) from e


print("connecting")
connect(3)

# A field keeps one type: it is one member of the class's C struct.
class Sensor:
    def __init__(self) -> None:
        self.level = 0

    def fault(self) -> None:
        self.level = "fault"
# error: 7:9: field 'level' of Sensor is int; it cannot hold a str
# note: 4:9: 'level' was inferred as int here

class Sensor:
    def __init__(self) -> None:
        self.reading = 0
        self.address = 0x48


s = Sensor()
print(s.readng)
# error: 8:7: 'Sensor' object has no attribute 'readng'; did you mean 'reading'?

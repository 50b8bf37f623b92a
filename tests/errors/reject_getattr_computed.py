class Sensor:
    def __init__(self) -> None:
        self.level = 3

s = Sensor()
field = "level"
print(getattr(s, field))
# error: 7:7: getattr() with a computed attribute name is not supported by krait: attributes are resolved at compile time; write obj.name, or use a dict for data keyed by name

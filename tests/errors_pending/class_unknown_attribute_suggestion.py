# A misspelt field gets a suggestion.
class Sensor:
    def __init__(self) -> None:
        self.temperature = 21.5


s = Sensor()
print(s.temprature)
# error: 8:7: 'Sensor' object has no attribute 'temprature'; did you mean 'temperature'?

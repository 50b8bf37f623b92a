# Fields are created by the class's own methods; adding one from outside is monkey-patching.
class Led:
    def __init__(self, pin: int) -> None:
        self.pin = pin


led = Led(5)
led.brightness = 80
# error: 8:1: cannot add attribute 'brightness' to Led from outside the class: a krait class has a fixed set of fields, created in its methods

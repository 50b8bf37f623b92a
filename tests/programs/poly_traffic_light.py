# A traffic light as a state machine of state objects; each state names
# itself through a class attribute and picks the next state.
class Light:
    colour = "off"
    duration = 0

    def next(self, pedestrian: bool) -> "Light":
        return self

    def describe(self) -> str:
        return f"{self.colour} for {self.duration}s"


class Red(Light):
    colour = "red"
    duration = 30

    def next(self, pedestrian: bool) -> Light:
        return Green()


class Green(Light):
    colour = "green"
    duration = 25

    def next(self, pedestrian: bool) -> Light:
        return Amber() if pedestrian else self


class Amber(Light):
    colour = "amber"
    duration = 4

    def next(self, pedestrian: bool) -> Light:
        return Red()


light: Light = Red()
elapsed = 0
for tick, ped in enumerate([False, False, True, False, True, False, False]):
    print(tick, light.describe())
    elapsed += light.duration
    light = light.next(ped)
print("elapsed", elapsed, "now", light.colour)
print(isinstance(light, Red), isinstance(light, Green), isinstance(light, Light))
off = Light()
print(off.describe(), off.next(True).colour)

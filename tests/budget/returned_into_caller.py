# An instance a function returns lives in a slot of its caller's frame
# when every caller keeps it there (operator dunders of a vector type): a
# control loop of vector arithmetic needs no heap, even where a variable
# still holds the previous iteration's result when the next one is made.
# A caller that stores the result makes that site a heap site.
# krait-options: --target cortex-m4f --float 32 --stack-estimate
# budget: site 17 stack 12
# budget: site 20 stack 12
# budget: site 24 heap 12
# budget: heap-peak 64
class Vec2:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __add__(self, o: "Vec2") -> "Vec2":
        return Vec2(self.x + o.x, self.y + o.y)

    def __mul__(self, k: float) -> "Vec2":
        return Vec2(self.x * k, self.y * k)


def rotate(v: Vec2) -> Vec2:
    return Vec2(-v.y, v.x)


def control(steps: int) -> float:
    pos = Vec2(0.0, 0.0)
    vel = Vec2(1.0, 0.5)
    acc = 0.0
    for i in range(steps):
        step = pos + vel * 0.01
        acc += step.x * 0.5 + step.y
    return acc


path: list[Vec2] = [rotate(Vec2(1.0, 0.0))]
print(round(control(100), 3), path[0].x, path[0].y)

# A vector/particle simulation with operator dunders.
class V3:
    def __init__(self, x: float, y: float, z: float) -> None:
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o: "V3") -> "V3":
        return V3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __mul__(self, k: float) -> "V3":
        return V3(self.x * k, self.y * k, self.z * k)

    def __repr__(self) -> str:
        return f"({self.x:.3f}, {self.y:.3f}, {self.z:.3f})"


class Particle:
    def __init__(self, pos: V3, vel: V3) -> None:
        self.pos = pos
        self.vel = vel

    def step(self, dt: float, g: V3) -> None:
        self.vel = self.vel + g * dt
        self.pos = self.pos + self.vel * dt
        if self.pos.z < 0:
            self.pos.z = -self.pos.z
            self.vel.z = -self.vel.z * 0.5


GRAVITY = V3(0.0, 0.0, -9.81)
ps = [Particle(V3(0.0, 0.0, 1.0), V3(1.0, 0.0, 0.0)), Particle(V3(1.0, 1.0, 0.5), V3(0.0, -1.0, 2.0))]
for step in range(6):
    for p in ps:
        p.step(0.1, GRAVITY)
    print(step, ps[0].pos, ps[1].pos)

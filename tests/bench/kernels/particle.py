# A particle simulation written with a vector class and operator dunders:
# particles on springs toward the origin, with gravity and damping, bounce
# on a floor; semi-implicit Euler steps.  The float and object work of a
# sensor-fusion or motion-control loop written the readable way.
class Vec3:
    def __init__(self, x: float, y: float, z: float) -> None:
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o: "Vec3") -> "Vec3":
        return Vec3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o: "Vec3") -> "Vec3":
        return Vec3(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k: float) -> "Vec3":
        return Vec3(self.x * k, self.y * k, self.z * k)

    def __neg__(self) -> "Vec3":
        return Vec3(-self.x, -self.y, -self.z)

    def dot(self, o: "Vec3") -> float:
        return self.x * o.x + self.y * o.y + self.z * o.z


class Particle:
    def __init__(self, pos: Vec3, vel: Vec3, mass: float) -> None:
        self.pos = pos
        self.vel = vel
        self.mass = mass


GRAVITY = Vec3(0.0, 0.0, -9.81)
STIFFNESS = 3.0
DAMPING = 0.05
DT = 0.001


def step(ps: list[Particle]) -> None:
    for p in ps:
        force = -p.pos * STIFFNESS - p.vel * DAMPING + GRAVITY * p.mass
        p.vel = p.vel + force * (DT / p.mass)
        p.pos = p.pos + p.vel * DT
        if p.pos.z < -1.0:
            p.pos = Vec3(p.pos.x, p.pos.y, -2.0 - p.pos.z)
            p.vel = Vec3(p.vel.x, p.vel.y, -p.vel.z * 0.9)


def energy(ps: list[Particle]) -> float:
    e = 0.0
    for p in ps:
        e += 0.5 * p.mass * p.vel.dot(p.vel) + 0.5 * STIFFNESS * p.pos.dot(p.pos) + 9.81 * p.mass * p.pos.z
    return e


particles: list[Particle] = []
for i in range(32):
    f = float(i)
    particles.append(Particle(Vec3(f * 0.1, 1.0 - f * 0.05, 0.5), Vec3(0.0, f * 0.01, 0.0), 1.0 + f * 0.125))
for t in range(5000):
    step(particles)
print(f"energy {energy(particles):.9f}")
print(f"first {particles[0].pos.x:.9f} {particles[0].pos.y:.9f} {particles[0].pos.z:.9f}")

/* particle.py by hand in C: vectors as struct values, particles in an array. */
#include <stdio.h>

typedef struct { double x, y, z; } Vec3;
typedef struct { Vec3 pos, vel; double mass; } Particle;

static Vec3 vec(double x, double y, double z) { Vec3 v = {x, y, z}; return v; }
static Vec3 add(Vec3 a, Vec3 b) { return vec(a.x + b.x, a.y + b.y, a.z + b.z); }
static Vec3 sub(Vec3 a, Vec3 b) { return vec(a.x - b.x, a.y - b.y, a.z - b.z); }
static Vec3 mul(Vec3 a, double k) { return vec(a.x * k, a.y * k, a.z * k); }
static Vec3 neg(Vec3 a) { return vec(-a.x, -a.y, -a.z); }
static double dot(Vec3 a, Vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }

#define N 32
static const double STIFFNESS = 3.0, DAMPING = 0.05, DT = 0.001;

static void step(Particle *ps, int n, Vec3 gravity) {
    for (int i = 0; i < n; i++) {
        Particle *p = &ps[i];
        Vec3 force = add(sub(mul(neg(p->pos), STIFFNESS), mul(p->vel, DAMPING)), mul(gravity, p->mass));
        p->vel = add(p->vel, mul(force, DT / p->mass));
        p->pos = add(p->pos, mul(p->vel, DT));
        if (p->pos.z < -1.0) {
            p->pos = vec(p->pos.x, p->pos.y, -2.0 - p->pos.z);
            p->vel = vec(p->vel.x, p->vel.y, -p->vel.z * 0.9);
        }
    }
}

static double energy(const Particle *ps, int n) {
    double e = 0.0;
    for (int i = 0; i < n; i++) {
        const Particle *p = &ps[i];
        e += 0.5 * p->mass * dot(p->vel, p->vel) + 0.5 * STIFFNESS * dot(p->pos, p->pos) + 9.81 * p->mass * p->pos.z;
    }
    return e;
}

int main(void) {
    static Particle ps[N];
    Vec3 gravity = vec(0.0, 0.0, -9.81);
    for (int i = 0; i < N; i++) {
        double f = (double)i;
        ps[i].pos = vec(f * 0.1, 1.0 - f * 0.05, 0.5);
        ps[i].vel = vec(0.0, f * 0.01, 0.0);
        ps[i].mass = 1.0 + f * 0.125;
    }
    for (int t = 0; t < 5000; t++) step(ps, N, gravity);
    printf("energy %.9f\n", energy(ps, N));
    printf("first %.9f %.9f %.9f\n", ps[0].pos.x, ps[0].pos.y, ps[0].pos.z);
    return 0;
}

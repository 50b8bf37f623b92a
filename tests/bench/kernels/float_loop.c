#include <stdio.h>
static double simulate(long steps) {
    double x = 1.0, v = 0.0, dt = 0.001, k = 4.0, c = 0.1, energy = 0.0;
    for (long i = 0; i < steps; i++) {
        double a = -k * x - c * v;
        v = v + a * dt;
        x = x + v * dt;
        energy = energy + 0.5 * v * v * dt;
    }
    return x + energy;
}
int main(void) { printf("%.12f\n", simulate(3000000)); return 0; }

# The worst-case stack measured by the target compiler (-fstack-usage and
# its call graph over the generated code and the runtime): printing a float
# takes the deepest chain, through the shortest-repr digit generator.
# krait-options: --target cortex-m0
# budget: stack measured
# budget: stack max 4096
# budget: sites heap=0


def mix(a: float, b: float, c: float, d: float) -> float:
    e = a * b
    f = c * d
    g = e + f
    h = e - f
    k = g * h
    m = k + a
    return m - b


def filter_step(x: float, state: float) -> float:
    return mix(x, state, 0.25, 0.75)


def scale(x: float) -> float:
    return x * 2.0


def run(n: int) -> float:
    acc = 0.0
    for i in range(n):
        acc = filter_step(scale(float(i)), acc)
    return acc


print(run(20))

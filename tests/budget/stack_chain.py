# The worst-case stack is the deepest chain of calls from the top level.
# krait's estimate: the leaf with the biggest frame (many named locals)
# decides the chain.  stack_measured.py is the same program measured by the
# target compiler.
# krait-options: --target cortex-m0 --stack-estimate
# budget: stack bounded <module> > run > filter_step > mix
# budget: stack max 400
# budget: limit --max-stack 100: worst-case stack
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

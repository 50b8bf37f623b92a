# Recursion makes the worst-case stack unbounded; the report names the cycle.
# krait-options: --target cortex-m0 --stack-estimate
# budget: stack unbounded walk > visit > walk
# budget: limit --max-stack 64: the stack is unbounded (recursion: walk > visit > walk), over --max-stack 64


def walk(depth: int) -> int:
    if depth == 0:
        return 0
    return visit(depth) + 1


def visit(depth: int) -> int:
    return walk(depth - 1)


print(walk(10))

# Recursion makes the worst-case stack unbounded; the report names the cycle.
# krait-options: --target cortex-m0 --stack-estimate
# budget: stack unbounded walk > visit > walk


def walk(depth: int) -> int:
    if depth == 0:
        return 0
    return visit(depth) + 1


def visit(depth: int) -> int:
    return walk(depth - 1)


print(walk(10))

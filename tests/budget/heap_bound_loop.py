# A list that grows in a loop has no bound on the heap peak, and the
# report names where.
# budget: heap-bound unbounded heap_bound_loop.py:9 a list grows in a loop


def squares(n: int) -> list[int]:
    out: list[int] = []
    for i in range(n):
        out.append(i * i)
    return out


print(sum(squares(10)))

# frozenset as an immutable capability mask; set.pop drains a work set.
READ_ONLY = frozenset({"read", "stat"})
ADMIN = frozenset({"read", "write", "stat", "erase"})
print(sorted(READ_ONLY), sorted(ADMIN))
print(READ_ONLY <= ADMIN, "erase" in READ_ONLY)
print(sorted(ADMIN - READ_ONLY))
both = READ_ONLY & ADMIN
print(sorted(both), len(both))
work = {4, 1, 3}
total = 0
while work:
    total += work.pop()
print("total", total, work)
try:
    work.pop()
except KeyError as e:
    print("KeyError:", e)
print(frozenset({1, 2}) == frozenset({2, 1}))


def allowed(role: frozenset[str], op: str) -> bool:
    return op in role


for op in ["read", "erase", "format"]:
    print(op, allowed(READ_ONLY, op), allowed(ADMIN, op))

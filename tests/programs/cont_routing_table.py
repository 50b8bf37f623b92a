# A routing table: tuple keys, list values, deletion of slices of routes.
routes: dict[tuple[int, int], list[str]] = {}
for src, dst, hop in [(1, 2, "a"), (1, 2, "b"), (2, 3, "c"), (1, 3, "d"), (1, 2, "e")]:
    routes.setdefault((src, dst), []).append(hop)
print(sorted(routes.items()))
hops = routes[(1, 2)]
del hops[1:]
print(routes[(1, 2)], (1, 2) in routes, (3, 1) in routes)
best = min(routes.items())
print(best, max(routes))
try:
    print(routes[(9, 9)])
except KeyError as e:
    print("KeyError:", e)

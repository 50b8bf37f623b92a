# Sets of small ints: iteration order follows CPython's hash order.
active_irqs = {9, 3, 14, 1}
active_irqs.add(7)
active_irqs.add(3)
print(active_irqs, len(active_irqs))
active_irqs.discard(14)
active_irqs.discard(100)
print(active_irqs)
active_irqs.remove(9)
print(active_irqs)
try:
    active_irqs.remove(9)
except KeyError as e:
    print("KeyError:", e)
for irq in active_irqs:
    print("irq", irq)
print(5 in active_irqs, 7 in active_irqs)
empty: set[int] = set()
print(empty, len(empty))
masked = {irq for irq in range(16) if irq % 4 == 1}
print(masked, active_irqs & masked, active_irqs | masked)

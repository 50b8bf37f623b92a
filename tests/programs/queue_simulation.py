# A bank-queue simulation with list pop(0) as the queue and integer time steps.
arrivals = [0, 1, 1, 2, 5, 5, 5, 6, 9, 12, 12, 13]
service = [3, 2, 4, 1, 2, 2, 3, 1, 5, 1, 2, 2]
queue: list[int] = []
busy_until = 0
current = -1
waits = [0] * len(arrivals)
next_arrival = 0
t = 0
log = []
while t < 40:
    while next_arrival < len(arrivals) and arrivals[next_arrival] == t:
        queue.append(next_arrival)
        next_arrival += 1
    if current >= 0 and t >= busy_until:
        log.append(f"t={t} done #{current}")
        current = -1
    if current < 0 and len(queue) > 0:
        current = queue.pop(0)
        waits[current] = t - arrivals[current]
        busy_until = t + service[current]
        log.append(f"t={t} start #{current} wait={waits[current]}")
    if current < 0 and len(queue) == 0 and next_arrival == len(arrivals):
        break
    t += 1
for entry in log:
    print(entry)
print("finished at", t)
print("waits", waits, "max", max(waits), "avg", sum(waits) / len(waits))

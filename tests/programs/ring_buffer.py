# A fixed-capacity ring buffer of ints built on a list and two indices, as a UART
# receive queue would be. Overwrite-oldest and reject-new policies.

CAPACITY = 8

buf = [0] * CAPACITY
head = 0      # next slot to write
tail = 0      # next slot to read
count = 0
dropped = 0
overwrite = False


def push(v: int) -> bool:
    global head, tail, count, dropped
    if count == CAPACITY:
        if not overwrite:
            dropped += 1
            return False
        tail = (tail + 1) % CAPACITY
        count -= 1
        dropped += 1
    buf[head] = v
    head = (head + 1) % CAPACITY
    count += 1
    return True


def pop() -> int:
    global tail, count
    if count == 0:
        raise IndexError("pop from empty ring buffer")
    v = buf[tail]
    tail = (tail + 1) % CAPACITY
    count -= 1
    return v


def peek(offset: int) -> int:
    if offset < 0 or offset >= count:
        raise IndexError("peek offset " + str(offset) + " out of range")
    return buf[(tail + offset) % CAPACITY]


def snapshot() -> list[int]:
    out = []
    for i in range(count):
        out.append(buf[(tail + i) % CAPACITY])
    return out


def show(label: str) -> None:
    print(f"{label:<14} head={head} tail={tail} count={count} dropped={dropped} data={snapshot()}")


show("empty")
for v in range(1, 6):
    push(v * 10)
show("after 5")
print("popped", pop(), pop())
show("after 2 pops")
for v in range(6, 12):
    ok = push(v * 10)
    if not ok:
        print("rejected", v * 10)
show("full")
print("peek", peek(0), peek(count - 1))
try:
    peek(count)
except IndexError as e:
    print("IndexError:", e)

overwrite = True
for v in range(100, 104):
    push(v)
show("overwrite")
total = 0
while count > 0:
    total += pop()
show("drained")
print("total", total)
try:
    pop()
except IndexError as e:
    print("IndexError:", e)

# wrap the indices many times
for v in range(1000):
    push(v)
    if v % 3 == 0:
        pop()
show("after 1000")
print("raw storage", buf)

# a sliding sum maintained incrementally over the last CAPACITY values
while count > 0:
    pop()
window = 0
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if count == CAPACITY:
        window -= peek(0)
    window += v
    push(v)
print("window sum", window, sum(snapshot()), window == sum(snapshot()), snapshot())

# A fixed-capacity ring buffer over a preallocated list.
CAPACITY = 5
buf = [0] * CAPACITY
head = 0
count = 0


def push(value: int) -> None:
    global head, count
    buf[(head + count) % CAPACITY] = value
    if count < CAPACITY:
        count += 1
    else:
        head = (head + 1) % CAPACITY


def pop() -> int:
    global head, count
    if count == 0:
        raise IndexError("ring buffer empty")
    value = buf[head]
    head = (head + 1) % CAPACITY
    count -= 1
    return value


def snapshot() -> list[int]:
    return [buf[(head + i) % CAPACITY] for i in range(count)]


for v in range(1, 8):
    push(v * 11)
    print("push", v * 11, snapshot())
print("pop", pop(), pop())
print(snapshot())
push(100)
print(snapshot(), "raw", buf)
while count:
    print("drain", pop())
try:
    pop()
except IndexError as e:
    print("error:", e)

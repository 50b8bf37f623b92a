# A binary min-heap of (deadline, name) timers as a class.
class TimerQueue:
    def __init__(self) -> None:
        self.heap: list[tuple[int, str]] = []

    def __len__(self) -> int:
        return len(self.heap)

    def push(self, deadline: int, name: str) -> None:
        h = self.heap
        h.append((deadline, name))
        i = len(h) - 1
        while i > 0:
            parent = (i - 1) // 2
            if h[i] < h[parent]:
                h[i], h[parent] = h[parent], h[i]
                i = parent
            else:
                break

    def pop(self) -> tuple[int, str]:
        h = self.heap
        if not h:
            raise IndexError("pop from empty timer queue")
        top = h[0]
        last = h.pop()
        if h:
            h[0] = last
            i = 0
            while True:
                l = 2 * i + 1
                r = l + 1
                small = i
                if l < len(h) and h[l] < h[small]:
                    small = l
                if r < len(h) and h[r] < h[small]:
                    small = r
                if small == i:
                    break
                h[i], h[small] = h[small], h[i]
                i = small
        return top


q = TimerQueue()
for d, n in [(50, "blink"), (10, "adc"), (30, "uart"), (10, "acc"), (70, "log"), (5, "wdt")]:
    q.push(d, n)
print(len(q))
while q:
    print(q.pop())
try:
    q.pop()
except IndexError as e:
    print("IndexError:", e)

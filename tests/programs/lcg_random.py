# Deterministic pseudo-random generators with masks (no random module):
# xorshift32, a 31-bit LCG, and uses of them.
state = 2463534242

def xorshift32() -> int:
    global state
    x = state
    x ^= (x << 13) & 0xFFFFFFFF
    x ^= x >> 17
    x ^= (x << 5) & 0xFFFFFFFF
    state = x
    return x

lcg_state = 42

def lcg() -> int:
    global lcg_state
    lcg_state = (lcg_state * 1103515245 + 12345) & 0x7FFFFFFF
    return lcg_state

first = []
for i in range(8):
    first.append(xorshift32())
print(first)
print([lcg(), lcg(), lcg(), lcg()])

buckets = [0] * 10
for i in range(100000):
    buckets[xorshift32() % 10] += 1
print(buckets, sum(buckets), max(buckets) - min(buckets))

def uniform() -> float:
    return xorshift32() / 4294967296.0

inside = 0
n = 200000
for i in range(n):
    x = uniform()
    y = uniform()
    if x * x + y * y < 1.0:
        inside += 1
print("pi estimate", 4 * inside / n, inside)

deck = []
for i in range(20):
    deck.append(i)
for i in range(len(deck) - 1, 0, -1):
    j = lcg() % (i + 1)
    deck[i], deck[j] = deck[j], deck[i]
print(deck, sum(deck))

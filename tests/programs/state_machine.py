# A serial-frame receiver as a state machine with int states and if/elif:
#   0x7E | len | payload (len bytes, 0x7D escapes) | checksum (sum & 0xFF) | 0x7E
# plus a traffic-light controller with timed transitions.

IDLE = 0
LENGTH = 1
PAYLOAD = 2
ESCAPE = 3
CHECKSUM = 4
END = 5
STATE_NAMES = ["IDLE", "LENGTH", "PAYLOAD", "ESCAPE", "CHECKSUM", "END"]

state = IDLE
expected = 0
payload = []
frames = []
errors = []


def fail(msg: str) -> None:
    global state
    errors.append(msg)
    state = IDLE


def feed(b: int) -> None:
    global state, expected, payload
    if state == IDLE:
        if b == 0x7E:
            state = LENGTH
            payload = []
    elif state == LENGTH:
        if b == 0 or b > 16:
            fail(f"bad length {b}")
        else:
            expected = b
            state = PAYLOAD
    elif state == PAYLOAD:
        if b == 0x7D:
            state = ESCAPE
        elif b == 0x7E:
            fail("frame end inside payload")
        else:
            payload.append(b)
            if len(payload) == expected:
                state = CHECKSUM
    elif state == ESCAPE:
        payload.append(b ^ 0x20)
        state = CHECKSUM if len(payload) == expected else PAYLOAD
    elif state == CHECKSUM:
        s = 0
        for p in payload:
            s = (s + p) & 0xFF
        if s != b:
            fail(f"checksum {b:#04x} != {s:#04x}")
        else:
            state = END
    elif state == END:
        if b == 0x7E:
            frames.append(payload)
        else:
            errors.append("missing end marker")
        state = IDLE


def encode(data: list[int]) -> list[int]:
    out = [0x7E, len(data)]
    s = 0
    for d in data:
        s = (s + d) & 0xFF
        if d == 0x7E or d == 0x7D:
            out.append(0x7D)
            out.append(d ^ 0x20)
        else:
            out.append(d)
    out.append(s)
    out.append(0x7E)
    return out


stream = []
stream += [0x00, 0x11]
stream += encode([1, 2, 3])
stream += encode([0x7E, 0x7D, 0x41])
stream += [0x7E, 0x02, 0x10, 0x20, 0x99, 0x7E]
stream += [0x7E, 0x00]
stream += encode([255, 255, 255, 255])
stream += [0x7E, 0x03, 0x01, 0x7E]
stream += encode([42])

trace = []
for b in stream:
    before = state
    feed(b)
    if state != before:
        trace.append(STATE_NAMES[state][0])
print("trace:", "".join(trace))
print("frames:", frames)
print("errors:", errors)
print("final state:", STATE_NAMES[state])

# traffic light: each state has a duration; a pedestrian request shortens green
RED = 0
GREEN = 1
YELLOW = 2
light = RED
timer = 0
requests = [7, 8, 30]
log = ""
for tick in range(40):
    timer += 1
    if light == RED and timer >= 5:
        light = GREEN
        timer = 0
    elif light == GREEN and (timer >= 10 or (tick in requests and timer >= 3)):
        light = YELLOW
        timer = 0
    elif light == YELLOW and timer >= 2:
        light = RED
        timer = 0
    log += "RGY"[light]
print(log)
print("changes:", log.count("RG") + log.count("GY") + log.count("YR"))

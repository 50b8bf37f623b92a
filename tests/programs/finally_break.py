def swallow() -> str:
    for i in range(3):
        try:
            raise ValueError("dropped " + str(i))
        finally:
            print("finally, breaking at", i)
            break
    return "exception was discarded by break"

print(swallow())

def break_in_try() -> int:
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("finally n =", n)
    return n

print(break_in_try())

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("cleanup", i)
else:
    print("not reached: loop was broken")
print("after loop")

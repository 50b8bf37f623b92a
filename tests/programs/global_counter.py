counter = 0
history = []
name = "init"
ratio = 1.0

def bump(by: int = 1) -> int:
    global counter
    counter += by
    history.append(counter)
    return counter

def rename(new: str) -> None:
    global name
    old = name
    name = new
    print("renamed", old, "->", name)

def halve() -> None:
    global ratio
    ratio /= 2

def read_only() -> int:
    return counter * 10

bump()
bump(5)
bump(-2)
print(counter, history, read_only())
rename("second")
rename("third")
print(name)
for i in range(4):
    halve()
print(ratio)

def shadow() -> int:
    counter = 1000
    return counter

print(shadow(), counter)

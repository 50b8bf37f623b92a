def pick(flag: bool):
    if flag:
        return 1
    return "one"

print(pick(True))
# error: 4:5: pick() returns str here but int elsewhere

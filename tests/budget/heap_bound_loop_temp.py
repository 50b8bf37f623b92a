# A temporary made on every iteration and dropped before the next counts
# once for each variable that may hold it, not once per iteration.
# budget: heap-bound 642


def report(n: int) -> None:
    for i in range(n):
        label = "sensor " + str(i)
        value = str(i * 7)
        print(label, value)


report(5)

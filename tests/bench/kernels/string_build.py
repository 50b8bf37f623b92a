# Building a report line by line: formatting and joining strings.
def report(n: int) -> int:
    total = 0
    for i in range(n):
        parts: list[str] = []
        for j in range(8):
            parts.append(f"{i * j:>6}")
        line = ",".join(parts)
        total += len(line)
    return total


print(report(50000))

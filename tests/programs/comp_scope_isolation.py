# Comprehension variables do not leak; outer names are read.
x = 100
values = [x * 2 for x in range(3)]
print(values, x)
offset = 7
shifted = [v + offset for v in values]
print(shifted)
labels = {f"ch{i}": i * offset for i in range(3)}
print(labels)
letters = [c for c in "a1b2c3" if c.isalpha()]
digits = [int(c) for c in "a1b2c3" if c.isdigit()]
print(letters, digits, x)
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix)


def build(n: int) -> list[list[str]]:
    prefix = "r"
    return [[f"{prefix}{row}c{col}" for col in range(row + 1)] for row in range(n)]


for row in build(3):
    print(row)
i = "outer"
total = sum([i for i in range(4)])
print(total, i)

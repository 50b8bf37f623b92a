# Matrix helpers over list[list[int]]: transpose, multiply, identity.
def transpose(m: list[list[int]]) -> list[list[int]]:
    return [[row[c] for row in m] for c in range(len(m[0]))]


def matmul(a: list[list[int]], b: list[list[int]]) -> list[list[int]]:
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def identity(n: int) -> list[list[int]]:
    return [[1 if r == c else 0 for c in range(n)] for r in range(n)]


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(transpose(a))
print(matmul(a, b))
print(matmul(identity(2), matmul(a, b)) == matmul(a, b))
flat = [x for row in a for x in row]
print(flat)
diag = [identity(3)[i][i] for i in range(3)]
print(diag)

def find_first_negative(xs: list[int]) -> int:
    for i in range(len(xs)):
        if xs[i] < 0:
            return i
    return -1

print(find_first_negative([3, 4, -1, -5]), find_first_negative([1, 2]), find_first_negative([]))

def classify(n: int) -> str:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    if n % 2 == 0:
        return "even"
    return "odd"

for n in [-3, 0, 4, 7]:
    print(n, classify(n))

def first_word(s: str) -> str:
    i = 0
    while i < len(s):
        if s[i] == " ":
            return s[:i]
        i += 1
    return s

print(repr(first_word("hello world")), repr(first_word("single")), repr(first_word(" lead")))

def nothing(flag: bool) -> None:
    if flag:
        print("flag set, leaving early")
        return
    print("flag not set")

nothing(True)
nothing(False)
print(nothing(True))

def nested_search(grid: list[list[int]], target: int) -> tuple[int, int]:
    for r in range(len(grid)):
        for c in range(len(grid[r])):
            if grid[r][c] == target:
                return (r, c)
    return (-1, -1)

g = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(nested_search(g, 6), nested_search(g, 1), nested_search(g, 10))

n = 0
while n < 3:
    print("loop", n)
    n += 1
else:
    print("while-else runs when condition becomes false, n =", n)

n = 0
while n < 10:
    if n == 4:
        print("breaking at", n)
        break
    n += 1
else:
    print("not printed")

while False:
    print("never")
else:
    print("else runs even if the body never runs")

def search(xs: list[int], target: int) -> str:
    i = 0
    while i < len(xs):
        if xs[i] == target:
            break
        i += 1
    else:
        return "missing"
    return "found at " + str(i)

print(search([5, 6, 7], 6), search([5, 6, 7], 9), search([], 1))

k = 0
while k < 5:
    k += 1
    if k % 2:
        continue
    print("even", k)
else:
    print("continue does not skip the else, k =", k)

for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2 == 1:
            continue
        print(i, j, end="; ")
    print()
found = False
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = 1
        while c * c < c2:
            c += 1
        if c * c == c2 and c < 20:
            print("triple", a, b, c)
            if a + b + c == 24:
                found = True
                break
    if found:
        break
print("found", found, a, b)
count = 0
i = 0
while i < 10:
    i += 1
    j = 0
    while j < 10:
        j += 1
        if j == i:
            continue
        if j > 5:
            break
        count += 1
print("count", count)
total = 0
for x in range(100):
    if x % 3 == 0:
        continue
    if x > 50:
        break
    total += x
print(total)

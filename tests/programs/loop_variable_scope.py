# Loop variables leak after the loop, and keep their old value if the loop
# never ran.
i = 99
for i in range(0):
    print("never")
print(i)
for i in range(3):
    pass
print(i)
for i in range(10, 20, 5):
    pass
print(i)
ch = "?"
for ch in "":
    pass
print(ch)
for ch in "xyz":
    pass
print(ch)
def last_item(xs: list[int]) -> int:
    item = -1
    for item in xs:
        pass
    return item
print(last_item([4, 5, 6]), last_item([]))
total = 0
for k in range(5):
    total += k
    k = 100
    total += k
print(total, k)
n = 3
for j in range(n):
    n = 10
    print("j", j)
print(n)

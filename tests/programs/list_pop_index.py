stack = [10, 20, 30, 40, 50]
print(stack.pop(), stack)
print(stack.pop(0), stack)
print(stack.pop(-2), stack)
print(stack.pop(1), stack)
print(stack.pop(), stack)
try:
    stack.pop()
except IndexError as e:
    print("IndexError:", e)
q = [1, 2, 3]
for bad in [3, -4, 100]:
    try:
        q.pop(bad)
    except IndexError as e:
        print(bad, "IndexError:", e)
print(q)
items = ["a", "b", "c", "b"]
print(items.index("b"), items.index("c"))
try:
    print(items.index("z"))
except ValueError as e:
    print("ValueError:", e)
vals = [1.5, 2.5]
try:
    print(vals.index(3.5))
except ValueError as e:
    print("ValueError:", e)
print(vals.index(2.5), [1, 2, 3].index(3))
work = [5, 1, 4]
done = []
while work:
    item = work.pop()
    done.append(item * 10)
print(work, done)

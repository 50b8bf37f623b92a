# Ends with an uncaught IndexError.
t = (10, 20, 30)
for i in range(-3, 3):
    print(i, t[i])
try:
    print(t[-4])
except IndexError as e:
    print("caught", e)
i = 0
while True:
    print("reading", t[i])
    i += 1

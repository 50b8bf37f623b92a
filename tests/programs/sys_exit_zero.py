import sys
for i in range(3):
    print("iteration", i)
    if i == 1:
        print("done early")
        sys.exit(0)
print("not reached")

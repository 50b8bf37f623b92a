a = [1, 2]
b = ["x"]
print(a + b)
# error: 3:7: cannot concatenate list[int] and list[str]

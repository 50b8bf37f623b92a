limit = 5
print(limit(3))
# error: 2:7: int is not callable

t = (1, 2)
print(t + 3)
# error: 2:7: can only concatenate tuple (not "int") to tuple

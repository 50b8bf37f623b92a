x = 3
print(x == "3")
# error: 2:7: comparing int with str is always False: the types differ

# A misspelt builtin gets a suggestion.
total = 0
for i in range(10):
    total += i
prnt(total)
# error: 5:1: name 'prnt' is not defined; did you mean 'print'?

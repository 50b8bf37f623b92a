print(chr("A"))
# error: 1:11: argument 1 of chr() must be int, not str

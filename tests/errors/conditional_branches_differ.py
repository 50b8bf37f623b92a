flag = True
value = 1 if flag else "one"
# error: 2:9: the two branches of this conditional expression are int and str

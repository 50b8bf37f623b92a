x = 1
return x
# error: 2:1: 'return' outside function

yield 3
# error: 1:1: 'yield' outside function

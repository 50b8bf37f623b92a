print("a" < 3)
# error: 1:7: '<' not supported between instances of 'str' and 'int'

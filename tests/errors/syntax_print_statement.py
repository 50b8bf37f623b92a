# Python 2's print statement.
# error: 3:1: Missing parentheses in call to 'print'. Did you mean print(...)?
print "hello"

# Two expressions side by side inside brackets.
# error: 5:6: invalid syntax. Perhaps you forgot a comma?
# error: 6:3: invalid syntax. Perhaps you forgot a comma?
# error: 7:9: invalid syntax. Perhaps you forgot a comma?
x = [1 2]
f(a b)
x = [a, b c]

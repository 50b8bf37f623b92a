# Errors inside an f-string's expression are syntax errors of that field.
# error: 5:8: f-string: invalid syntax. Perhaps you forgot a comma?
# error: 6:8: f-string: cannot use starred expression here
# error: 7:11: f-string: invalid syntax
x = f'{a b}'
x = f'{*a}'
x = f'{a +}'

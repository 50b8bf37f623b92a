# A block that is not indented.
# error: 5:1: expected an indented block after 'for' statement on line 4
# error: 7:1: expected an indented block after function definition on line 6
for i in range(3):
print(i)
def f():
return 1

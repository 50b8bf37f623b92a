# A built-in exception's attributes beyond args, __cause__ and __context__.
try:
    print(int("x"))
except ValueError as e:
    print(e.errno)
# error: 5:11: the attribute 'errno' of a built-in exception (its class is known only when it runs) is not supported yet by krait

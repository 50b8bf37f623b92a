# e.args is kept as text: its elements cannot be read back.
try:
    raise ValueError("bad", 3)
except ValueError as e:
    print(e.args[0])
# error: 5:11: indexing e.args (an exception's arguments are kept as text: keep the value in a field of an exception class) is not supported yet by krait

# A tuple slice's type follows from its bounds: they must be constants.
t = (1, "a", 2.5)
n = len(t) - 1
print(t[:n])
# error: 4:7: slicing a tuple with bounds that are not constants (the result's type depends on them) is not supported yet by krait

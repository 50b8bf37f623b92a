import gc

print(gc.get_count())
# error: 3:7: gc.get_count() is not supported yet by krait

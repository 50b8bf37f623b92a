# del needs names, attributes or subscripts.
# error: 5:5: cannot delete function call
# error: 6:9: cannot delete literal
# error: 7:5: cannot delete starred
del f()
del (a, 1)
del *a

# printf-style formatting with the wrong number of arguments.
a = "%d of %d" % (1, 2)
b = "%d of %d" % (1,)
c = "%d" % (1, 2)
# error: 3:5: not enough arguments for format string
# error: 4:5: not all arguments converted during string formatting

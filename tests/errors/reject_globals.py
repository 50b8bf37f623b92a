g = globals()
# error: 1:5: globals() is not supported: krait's module variables are C variables, not a dict; use the names directly

# eval needs an interpreter at run time.
x = eval("1 + 2")
# error: 2:5: eval() is not supported: krait compiles ahead of time; there is no interpreter at run time

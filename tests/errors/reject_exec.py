exec("print(1)")
# error: 1:1: exec() is not supported: krait compiles ahead of time; there is no interpreter at run time

x = 1
nonlocal x
# error: 2:1: nonlocal declaration not allowed at module level

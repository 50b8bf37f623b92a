try:
    print(1)
except ValueError as e:
    code = 3
    raise code
# error: 5:11: exceptions must derive from BaseException, not int

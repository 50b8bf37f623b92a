# str is immutable: no slice assignment.
s = "hello"
s[0:1] = "j"
# error: 3:1: 'str' object does not support item assignment

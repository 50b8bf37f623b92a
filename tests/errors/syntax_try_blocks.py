# try needs except or finally; except and except* do not mix.
# error: 8:1: expected 'except' or 'finally' block
# error: 13:1: cannot have both 'except' and 'except*' on the same 'try'
# error: 17:8: multiple exception types must be parenthesized
# error: 21:8: expected one or more exception types
try:
    pass
x = 1
try:
    pass
except* A:
    pass
except B:
    pass
try:
    pass
except A, B:
    pass
try:
    pass
except*:
    pass

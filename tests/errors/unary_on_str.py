name = "pump"
print(-name)
# error: 2:7: bad operand type for unary -: 'str'

label = "reading " + 5
# error: 1:9: unsupported operand types for +: str and int

# A set holds one element type.
pins = {3, 5, "led"}
# error: 2:15: set elements must all have one type: this one is str, the first is int

counts = {"boot": 1, "reset": 0}
counts["boot"] = "many"
# error: 2:1: this dict's values are int, not str

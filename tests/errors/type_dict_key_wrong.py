counts = {"boot": 1, "reset": 0}
counts[3] = 1
# error: 2:8: this dict's keys are str, not int

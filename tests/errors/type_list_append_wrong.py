readings = [512, 530]
readings.append("n/a")
# error: 2:17: argument 1 of list[int].append() must be int, not str

class Driver:
    pass


drivers: list[Driver] = []
drivers.append(42)
# error: 6:16: argument 1 of list[Driver].append() must be Driver, not int

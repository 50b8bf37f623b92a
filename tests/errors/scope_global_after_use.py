count = 0
def bump() -> None:
    print(count)
    global count
    count += 1
# error: 4:5: name 'count' is used prior to global declaration

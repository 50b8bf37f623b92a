for i in range(3):
    def g() -> None:
        continue
# error: 3:9: 'continue' not properly in loop

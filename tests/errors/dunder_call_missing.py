class C:
    def __init__(self) -> None:
        self.n = 0


c = C()
print(c(1))
# error: 7:7: 'C' object is not callable

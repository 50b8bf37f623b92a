class Lock:
    def __init__(self) -> None:
        self.held = False


with Lock():
    print("inside")
# error: 6:6: 'Lock' object does not support the context manager protocol: it has no __enter__ and __exit__

class Lock:
    def __enter__(self) -> "Lock":
        return self


with Lock():
    print("inside")
# error: 6:6: 'Lock' object does not support the context manager protocol (it needs __enter__ and __exit__)

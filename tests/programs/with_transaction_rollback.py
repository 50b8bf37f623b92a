# A transaction context manager: commit on success, roll back on error.
class Store:
    def __init__(self) -> None:
        self.data: dict[str, int] = {}


class Transaction:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.backup: dict[str, int] = {}

    def __enter__(self) -> dict[str, int]:
        self.backup = dict(self.store.data)
        return self.store.data

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc is not None:
            self.store.data.clear()
            self.store.data.update(self.backup)
            print("rolled back:", exc)
            return True
        print("committed", len(self.store.data), "keys")
        return False


store = Store()
with Transaction(store) as d:
    d["a"] = 1
    d["b"] = 2
print(store.data)
with Transaction(store) as d:
    d["a"] = 100
    d["c"] = 3
    raise ValueError("validation failed")
print(store.data)
with Transaction(store) as d:
    del d["b"]
print(store.data)

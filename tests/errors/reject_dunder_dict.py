class Point:
    def __init__(self) -> None:
        self.x = 1

p = Point()
print(p.__dict__)
# error: 6:7: __dict__ is not supported by krait: objects are C structs with no attribute dictionary; use the fields directly

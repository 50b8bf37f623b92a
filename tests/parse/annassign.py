# Annotated assignments: simple names, other targets, with and without values.
x: int
y: int = 0
z: list[int] = []
(w): str = "w"
obj.attr: float = 1.5
table[0]: bytes
t: tuple[int, ...] = 1, 2
u: int = yield
v: "forward"

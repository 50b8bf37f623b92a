x = 10
name = "krait"
ratio = 0.25
print(f"{x=}")
print(f"{name=}")
print(f"{ratio=}")
print(f"{x = }")
print(f"{x + 1=}")
print(f"{x * 2 = }")
print(f"{ratio=:.3f}")
print(f"{name=!s}")
print(f"{name=:>8}")
print(f"{x=:#x}, {x=:08b}")
print(f"{len(name)=}")
print(f"{name.upper()=}")
t = (1, "two")
print(f"{t=}")
print(f"{x>5=}")

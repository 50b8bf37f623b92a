# Set algebra over node ids seen on two buses.
bus_a = {1, 2, 3, 5, 8, 13}
bus_b = {2, 3, 5, 7, 11, 13}
print("union", sorted(bus_a | bus_b))
print("both", sorted(bus_a & bus_b))
print("only a", sorted(bus_a - bus_b))
print("only b", sorted(bus_b - bus_a))
print("either not both", sorted(bus_a ^ bus_b))
small = {2, 3}
print(small <= bus_a, small < bus_a, bus_a <= bus_a, bus_a < bus_a)
print(bus_a >= small, small.issubset(bus_b), bus_a.issuperset(small))
print(bus_a.isdisjoint({4, 6}), bus_a.isdisjoint(bus_b))
merged = set(bus_a)
merged |= {21, 34}
merged &= {1, 2, 21, 34, 99}
print(sorted(merged))
merged -= {1}
merged ^= {2, 55}
print(sorted(merged))
print(bus_a == {13, 8, 5, 3, 2, 1}, bus_a != bus_b)

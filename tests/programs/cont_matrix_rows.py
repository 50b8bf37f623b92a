# A small matrix as a list of lists: transpose, row slices, row deletion.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
t = [[row[c] for row in m] for c in range(3)]
print(t)
m[1:3] = [[0, 0, 0]]
print(m)
del m[0][::2]
print(m, sum([len(r) for r in m]), sum(m, []))
m[0][:] = [5, 5, 5, 5]
print(m, min(m), max(m))

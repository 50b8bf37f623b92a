# A pending-request table: requests complete out of order.
pending: dict[int, str] = {}
for seq in range(1, 7):
    pending[seq] = "req" + str(seq * 10)
print(pending)

print("pop 3 ->", pending.pop(3))
print("pop 9 default ->", pending.pop(9, "none"))
try:
    pending.pop(9)
except KeyError as e:
    print("KeyError", e)

k, v = pending.popitem()
print("popitem ->", k, v)
print(pending)
del pending[1]
print("after del:", pending)
try:
    del pending[1]
except KeyError as e:
    print("del missing KeyError", e)
while pending:
    k, v = pending.popitem()
    print("drain", k, v)
try:
    pending.popitem()
except KeyError as e:
    print("empty:", e)
print(len(pending), pending)

buf = [1, 2, 3]
idx = 0
while idx <= len(buf):
    print("buf", idx, "=", buf[idx])
    idx += 1
print("not reached")

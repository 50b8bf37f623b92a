# while and for, with else, break and continue.
while x:
    x -= 1
while True:
    if x:
        break
    continue
else:
    pass
for i in range(10):
    pass
for i, j in pairs:
    pass
for (i, j) in pairs:
    pass
for [i, j] in pairs:
    pass
for x in a, b:
    pass
for x in y:
    pass
else:
    done()
for obj.attr in y: pass
for a[0] in y: pass

# Simple statements joined by semicolons, bodies on the header's line.
a = 1; b = 2; c = 3
a = 1;
if x: pass
if x: a = 1; b = 2
while x: x -= 1
for i in y: print(i); continue
def f(): return 1
class C: x = 1; y = 2
with a: pass
try: pass
except: pass

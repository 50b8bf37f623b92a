s = "héllo, 日本!"
i = 0
for ch in s:
    print(i, repr(ch), ord(ch))
    i += 1
rev = ""
for ch in s:
    rev = ch + rev
print(rev)
upper_count = 0
for ch in "Hello World ABC":
    if "A" <= ch <= "Z":
        upper_count += 1
print(upper_count)
for ch in "":
    print("never")
else:
    print("empty loop done")
idx = 0
while idx < len(s):
    if s[idx] == ",":
        break
    idx += 1
print("comma at", idx)

# Building packets by concatenation, repetition and +=.
header = [0xAA, 0x55]
payload = [1, 2, 3]
packet = header + payload
packet += [0x00] * 3
print(packet, len(packet))
padding = [0] * 0
print(padding, [7] * -2)
rows = [[0] * 3 for _ in range(2)]
rows[0][1] = 5
print(rows)
alias = [[0] * 3] * 2
alias[0][1] = 5
print(alias)
acc: list[int] = []
for i in range(4):
    acc += [i, -i]
print(acc)
words = ["go"] * 3 + ["stop"]
print(" ".join(words))

# iter() and next() over built-in containers: a token reader.
tokens = ["SET", "speed", "120", "GET", "speed", "END"]
it = iter(tokens)
commands: list[str] = []
while True:
    tok = next(it, "")
    if tok == "" or tok == "END":
        break
    if tok == "SET":
        key = next(it)
        val = next(it)
        commands.append(f"set {key} to {int(val)}")
    elif tok == "GET":
        commands.append(f"get {next(it)}")
print(commands)
print(next(it, "drained"))
chars = iter("ab")
print(next(chars), next(chars), next(chars, "?"))
r = iter(range(2))
print(next(r), next(r))
try:
    next(r)
except StopIteration:
    print("range exhausted")
d = iter({"x": 1, "y": 2})
print(next(d), next(d))

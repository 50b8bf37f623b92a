def parse_config(line: str) -> tuple[str, int]:
    parts = line.split("=")
    if len(parts) != 2:
        raise ValueError("malformed line: " + repr(line))
    return parts[0].strip(), int(parts[1])

for line in ["rate = 10", "gain=3", "depth = 4"]:
    k, v = parse_config(line)
    print(k, v)
print("now a bad line")
k, v = parse_config("oops")
print("not reached", k, v)

# A tiny command-line parser over a string: quoting, --key=value, -abc flag
# clusters, "--" terminator, integer options with range checks, errors reported.


def tokenize(line: str) -> list[str]:
    tokens = []
    cur = ""
    in_token = False
    quote = ""
    i = 0
    while i < len(line):
        ch = line[i]
        if quote != "":
            if ch == quote:
                quote = ""
            elif ch == "\\" and i + 1 < len(line):
                i += 1
                cur += line[i]
            else:
                cur += ch
        elif ch == "'" or ch == '"':
            quote = ch
            in_token = True
        elif ch.isspace():
            if in_token:
                tokens.append(cur)
                cur = ""
                in_token = False
        else:
            cur += ch
            in_token = True
        i += 1
    if quote != "":
        raise ValueError("unterminated quote " + quote)
    if in_token:
        tokens.append(cur)
    return tokens


verbose = 0
force = False
name = "out.bin"
baud = 115200
positional = []


def reset() -> None:
    global verbose, force, name, baud, positional
    verbose = 0
    force = False
    name = "out.bin"
    baud = 115200
    positional = []


def parse_int_option(key: str, text: str, lo: int, hi: int) -> int:
    try:
        v = int(text, 0)
    except ValueError:
        raise ValueError(f"option --{key} expects an integer, got {text!r}")
    if v < lo or v > hi:
        raise ValueError(f"option --{key} out of range [{lo}, {hi}]: {v}")
    return v


def parse(line: str) -> None:
    global verbose, force, name, baud
    reset()
    toks = tokenize(line)
    i = 0
    only_pos = False
    while i < len(toks):
        t = toks[i]
        if only_pos or t == "-" or not t.startswith("-"):
            positional.append(t)
        elif t == "--":
            only_pos = True
        elif t.startswith("--"):
            body = t[2:]
            eq = body.find("=")
            if eq >= 0:
                key = body[:eq]
                val = body[eq + 1:]
            else:
                key = body
                val = ""
                if key in ["name", "baud"]:
                    if i + 1 >= len(toks):
                        raise ValueError("option --" + key + " needs a value")
                    i += 1
                    val = toks[i]
            if key == "name":
                name = val
            elif key == "baud":
                baud = parse_int_option(key, val, 300, 4000000)
            elif key == "verbose":
                verbose += 1
            elif key == "force":
                force = True
            else:
                raise ValueError("unknown option --" + key)
        else:
            for ch in t[1:]:
                if ch == "v":
                    verbose += 1
                elif ch == "f":
                    force = True
                else:
                    raise ValueError(f"unknown flag -{ch} in {t!r}")
        i += 1


lines = [
    "flash app.hex",
    "flash -vvf --baud=9600 app.hex",
    "flash --name 'my file.bin' --baud 0x1C200 a b",
    'send "quoted \\"inner\\" text" -- -v --force',
    "flash --baud=fast",
    "flash --baud=100",
    "flash -vx",
    "flash --color",
    "flash --name",
    "echo 'unterminated",
    "   spaced    out   args  ",
    "",
    "x - --verbose --verbose -v",
]
for ln in lines:
    print(f"> {ln!r}")
    try:
        print("  tokens:", tokenize(ln))
        parse(ln)
        print(f"  verbose={verbose} force={force} name={name!r} baud={baud:,} positional={positional}")
    except ValueError as e:
        print("  error:", e)

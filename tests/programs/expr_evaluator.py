# A recursive-descent evaluator for integer expressions over a string:
#   expr := term (('+' | '-') term)*
#   term := unary (('*' | '/' | '%') unary)*     ('/' is floor division)
#   unary := '-' unary | power
#   power := atom ('^' unary)?
#   atom := NUMBER | '(' expr ')'
# Errors raise ValueError or ZeroDivisionError with a position.

src = ""
pos = 0


def peek() -> str:
    global pos
    while pos < len(src) and src[pos] == " ":
        pos += 1
    if pos < len(src):
        return src[pos]
    return ""


def expect(ch: str) -> None:
    global pos
    if peek() != ch:
        got = peek()
        raise ValueError(f"expected {ch!r} at {pos}, got {got!r}" if got != "" else f"expected {ch!r} at end")
    pos += 1


def parse_expr() -> int:
    global pos
    v = parse_term()
    while peek() in ["+", "-"]:
        op = peek()
        pos += 1
        rhs = parse_term()
        v = v + rhs if op == "+" else v - rhs
    return v


def parse_term() -> int:
    global pos
    v = parse_unary()
    while peek() != "" and peek() in "*/%":
        op = peek()
        pos += 1
        rhs = parse_unary()
        if op == "*":
            v *= rhs
        elif rhs == 0:
            raise ZeroDivisionError(f"division by zero at {pos}")
        elif op == "/":
            v //= rhs
        else:
            v %= rhs
    return v


def parse_unary() -> int:
    global pos
    if peek() == "-":
        pos += 1
        return -parse_unary()
    return parse_power()


def parse_power() -> int:
    global pos
    base = parse_atom()
    if peek() == "^":
        pos += 1
        e = parse_unary()
        if e < 0:
            raise ValueError("negative exponent")
        r = 1
        for i in range(e):
            r *= base
        return r
    return base


def parse_atom() -> int:
    global pos
    ch = peek()
    if ch == "(":
        pos += 1
        v = parse_expr()
        expect(")")
        return v
    start = pos
    while pos < len(src) and src[pos].isdigit():
        pos += 1
    if start == pos:
        raise ValueError(f"unexpected {ch!r} at {pos}" if ch != "" else "unexpected end of input")
    return int(src[start:pos])


def evaluate(text: str) -> int:
    global src, pos
    src = text
    pos = 0
    v = parse_expr()
    if peek() != "":
        raise ValueError(f"trailing input at {pos}: {src[pos:]!r}")
    return v


cases = ["1 + 2 * 3", "(1 + 2) * 3", "-7 / 2", "7 / -2", "-7 % 3", "7 % -3", "2 ^ 10", "-2 ^ 2", "2 ^ 3 ^ 2",
         "((((42))))", "100 - 10 - 1", "8 / 2 / 2", "1 / 0", "5 % (3 - 3)", "2 *", "(1 + 2", "1 + 2)", "", "abc",
         "  12  *  12  ", "3 - -3", "--3", "2 ^ -1", "10 / 3 * 3 + 10 % 3"]
for c in cases:
    try:
        print(f"{c!r:26} = {evaluate(c)}")
    except ValueError as e:
        print(f"{c!r:26} ValueError: {e}")
    except ZeroDivisionError as e:
        print(f"{c!r:26} ZeroDivisionError: {e}")

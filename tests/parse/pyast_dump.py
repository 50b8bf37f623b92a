"""pyast_dump.py -- CPython's syntax tree in the format of krait's ast_dump.

Usage: /usr/bin/python3 -S pyast_dump.py [--no-positions] FILE.py

CPython is the oracle of krait's parser: this script reads FILE.py, calls
ast.parse on its bytes and prints the tree exactly as `krait dump-ast FILE`
does (the format is specified at the top of compiler/ast_dump.c), so the two
outputs can be compared byte for byte.  Exit status 0 on success, 1 when
CPython cannot parse the file (the error goes to stderr).
"""
import ast
import sys

# Integers are printed in full, however big.
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)

# Fields that hold a list of identifiers or of comparison operators: they
# print on the header line, like other scalars.
SCALAR_LISTS = {
    ("Global", "names"),
    ("Nonlocal", "names"),
    ("MatchClass", "kwd_attrs"),
    ("Compare", "ops"),
}

# Enumeration nodes print as their class name.
ENUMS = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)


def text(data):
    """Bytes as a quoted string: printable ASCII as is, the rest as \\xhh."""
    out = ['"']
    for c in data:
        if c in (0x22, 0x5C):
            out.append("\\" + chr(c))
        elif 0x20 <= c < 0x7F:
            out.append(chr(c))
        else:
            out.append("\\x%02x" % c)
    out.append('"')
    return "".join(out)


def utf8(s):
    return s.encode("utf-8", "surrogatepass")


def const(v):
    if v is None:
        return "None"
    if v is True:
        return "True"
    if v is False:
        return "False"
    if v is Ellipsis:
        return "Ellipsis"
    if isinstance(v, int):
        return "int:%d" % v
    if isinstance(v, float):
        return "float:%.17g" % v
    if isinstance(v, complex):
        return "complex:%.17g" % v.imag
    if isinstance(v, str):
        return "str:" + text(utf8(v))
    if isinstance(v, bytes):
        return "bytes:" + text(v)
    raise TypeError("unexpected constant %r" % (v,))


def is_child(node, name, value):
    if (type(node).__name__, name) in SCALAR_LISTS:
        return False
    if isinstance(value, list):
        return True
    return isinstance(value, ast.AST) and not isinstance(value, ENUMS)


def scalar(node, name, value):
    if (type(node).__name__, name) in SCALAR_LISTS:
        if name == "ops":
            return "[" + ",".join(type(op).__name__ for op in value) + "]"
        return "[" + ",".join(text(utf8(s)) for s in value) + "]"
    if isinstance(value, ENUMS):
        return type(value).__name__
    if value is None:
        return "None"
    if name == "value" and isinstance(node, (ast.Constant, ast.MatchSingleton)):
        return const(value)
    if isinstance(value, bool):
        raise TypeError("unexpected bool field %s" % name)
    if isinstance(value, int):
        return "%d" % value
    if isinstance(value, str):
        return text(utf8(value))
    raise TypeError("unexpected field %s=%r" % (name, value))


def is_leaf(node):
    return not any(is_child(node, f, getattr(node, f, None)) for f in node._fields)


def dump(node, depth, positions, out):
    head = "(" + type(node).__name__
    if positions and "lineno" in node._attributes:
        head += " @%d:%d-%d:%d" % (node.lineno, node.col_offset,
                                   node.end_lineno, node.end_col_offset)
    children = []
    for f in node._fields:
        v = getattr(node, f, None)
        if is_child(node, f, v):
            children.append((f, v))
        else:
            head += " %s=%s" % (f, scalar(node, f, v))
    out.append(head)
    pad = "  " * (depth + 1)
    pad2 = "  " * (depth + 2)
    for f, v in children:
        out.append("\n" + pad + "(" + f)
        if isinstance(v, list):
            for item in v:
                out.append("\n" + pad2)
                if item is None:
                    out.append("None")
                else:
                    dump(item, depth + 2, positions, out)
        elif is_leaf(v):
            out.append(" ")
            dump(v, depth + 2, positions, out)
        else:
            out.append("\n" + pad2)
            dump(v, depth + 2, positions, out)
        out.append(")")
    out.append(")")


def main(argv):
    positions = True
    args = []
    for a in argv[1:]:
        if a == "--no-positions":
            positions = False
        else:
            args.append(a)
    if len(args) != 1:
        sys.stderr.write("usage: pyast_dump.py [--no-positions] FILE.py\n")
        return 2
    with open(args[0], "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, filename=args[0])
    except (SyntaxError, ValueError) as e:
        sys.stderr.write("%s: cannot parse: %s\n" % (args[0], e))
        return 1
    sys.setrecursionlimit(100000)
    out = []
    dump(tree, 0, positions, out)
    out.append("\n")
    sys.stdout.buffer.write("".join(out).encode("ascii"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# match: mapping and class patterns.
match x:
    case {}:
        pass
    case {"k": v}:
        pass
    case {"a": 1, "b": [c, d], **rest}:
        pass
    case {1: _, -2: _, Color.RED: _, None: _}:
        pass
    case Point():
        pass
    case Point(1, 2):
        pass
    case Point(x=0, y=yy):
        pass
    case Point(1, y=2):
        pass
    case mod.Point(a, b=[c]):
        pass
    case int(n) | float(n):
        pass

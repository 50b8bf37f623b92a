# match: or-patterns, as-patterns, groups and guards.
match x:
    case 1 | 2 | 3:
        pass
    case (1 | 2) | 3:
        pass
    case 1 | (2 | 3):
        pass
    case [a, b] as pair:
        pass
    case (1 | 2) as n:
        pass
    case [a as b, c as d]:
        pass
    case {"k": v as w}:
        pass
    case Point(x=a as b):
        pass
    case Point(a as b):
        pass
    case a as b, c:
        pass
    case n if n > 0:
        pass
    case [x, y] if x == y:
        pass
    case _ if (z := f()):
        pass

# match: sequence patterns, star patterns, captures and wildcards.
match x:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case [a, b, *rest]:
        pass
    case (a, *_, b):
        pass
    case a, b:
        pass
    case a, *b:
        pass
    case *a, b,:
        pass
    case [[a, b], (c, d)]:
        pass
    case _:
        pass
    case name:
        pass
    case (name):
        pass

# match: subjects, nesting, and match/case as ordinary names.
match x:
    case _:
        pass
match a, b:
    case _:
        pass
match a, *b:
    case _:
        pass
match f(x)[0]:
    case _:
        match y:
            case 1: pass
            case _: pass
match = 1
case = 2
match.attr = case
print(match, case)
match(x)
match [a]:
    case [b]: pass

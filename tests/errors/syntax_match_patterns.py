# Pattern errors in match statements.
# error: 11:15: cannot use '_' as a target
# error: 13:14: imaginary number required in complex literal
# error: 15:10: real number required in complex literal
# error: 17:17: positional patterns follow keyword patterns
# error: 19:10: invalid syntax
# error: 21:10: invalid syntax
# error: 23:10: invalid syntax
# error: 25:15: invalid pattern target
match x:
    case a as _: pass
match x:
    case 1 + 1: pass
match x:
    case 1j + 1j: pass
match x:
    case C(a=1, b): pass
match x:
    case -a: pass
match x:
    case *a: pass
match x:
    case a + b: pass
match x:
    case a as b.c: pass

# Starred expressions where they cannot stand.
# error: 6:6: cannot use starred expression here
# error: 7:2: iterable unpacking cannot be used in comprehension
# error: 8:2: dict unpacking cannot be used in dict comprehension
# error: 9:7: invalid syntax
x = (*a)
[*a for a in b]
{**a for a in b}
match *a:
    case 1: pass

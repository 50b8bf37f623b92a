# := needs a plain name on its left.
# error: 5:2: cannot use assignment expressions with function call
# error: 6:2: cannot use assignment expressions with attribute
# error: 7:2: cannot use assignment expressions with subscript
(f() := 1)
(a.b := 1)
[a[0] := 1]

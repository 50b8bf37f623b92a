# = where == or := was meant.
# error: 4:4: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
# error: 6:2: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
if x = 1:
    pass
[x = 1]

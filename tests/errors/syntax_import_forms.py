# Import statements.
# error: 6:16: trailing comma not allowed without surrounding parentheses
# error: 7:16: invalid syntax
# error: 8:7: invalid syntax
# error: 9:14: invalid syntax
from x import a,
import a.b as c.d
import
from x import

# f-string replacement fields.
# error: 11:8: f-string: empty expression not allowed
# error: 12:8: f-string: expression required before '!'
# error: 13:10: f-string: invalid conversion character: expected 's', 'r', or 'a'
# error: 14:8: f-string expression part cannot include '#'
# error: 15:7: f-string: single '}' is not allowed
# error: 16:13: f-string: expressions nested too deeply
# error: 17:8: f-string: unmatched ')'
# error: 18:9: f-string: closing parenthesis ']' does not match opening parenthesis '('
# error: 19:11: f-string: f-string: empty expression not allowed
x = f'{}'
x = f'{!r}'
x = f'{a!z}'
x = f'{#}'
x = f'}'
x = f'{a:{b:{c}}}'
x = f'{)}'
x = f'{(]}'
x = f"{f'{}'}"

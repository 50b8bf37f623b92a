# f-strings inside f-string fields and format specs.
s = f"{f'{x}'}"
s = f"{f'{x!r}' + 'y'}"
s = f"{x:{'>'}{10}}"
s = f"""{f"{f'{x}'}"}"""
s = f"{x:{y}}" f"{z:{w}}"
s = "a" f"{x:>{w}}" "b"

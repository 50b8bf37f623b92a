# Triple-quoted f-strings across lines, and fields spanning lines.
s = f"""first {x}
second {y}
third"""
s = f"""
{
    x
    + y
}"""
s = (f"{a}"
     f"{b}"
     "c")
s = f'''{x:
>10}'''

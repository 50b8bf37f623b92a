# Backslash continuations and implicit joining inside brackets: positions.
x = 1 + \
    2
y = (1 +
     2)
z = [
    1,
    2,
]
call(
    a,
    b=c,
)
if a and \
   b:
    pass
w = {
    "k":
        "v"
}

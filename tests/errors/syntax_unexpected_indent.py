# A line indented for no reason.
# error: 4:5: unexpected indent
x = 1
    y = 2
z = 3

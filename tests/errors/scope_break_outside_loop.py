def f(n: int) -> int:
    if n > 3:
        break
    return n
# error: 3:9: 'break' outside loop

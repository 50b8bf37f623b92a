def f(limit: int) -> None:
    global limit
# error: 2:5: name 'limit' is parameter and global

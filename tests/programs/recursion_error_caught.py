# Runaway recursion raises RecursionError, which the program can catch and
# carry on; bounded recursion is unaffected.


def depth(n: int) -> int:
    return depth(n + 1) + 1


def fact(n: int) -> int:
    return 1 if n <= 1 else n * fact(n - 1)


def ping(n: int) -> int:
    return n if n <= 0 else pong(n - 1)


def pong(n: int) -> int:
    return ping(n - 1)


try:
    depth(0)
except RecursionError as e:
    print("caught:", e)
print(fact(20))
print(ping(101), ping(100))
try:
    depth(0)
except RecursionError:
    print("caught again")

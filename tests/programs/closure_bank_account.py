# A bank account as a pair of closures sharing a balance cell.
from typing import Callable


def account(opening: int) -> tuple[Callable[[int], int], Callable[[int], int]]:
    balance = opening

    def deposit(amount: int) -> int:
        nonlocal balance
        balance += amount
        return balance

    def withdraw(amount: int) -> int:
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        return balance

    return deposit, withdraw


dep, wd = account(100)
print(dep(50), wd(30))
try:
    wd(500)
except ValueError as e:
    print("error:", e)
print(dep(0))

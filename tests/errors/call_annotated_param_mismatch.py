def celsius(raw: int) -> float:
    return raw / 10

print(celsius("215"))
# error: 4:7: argument 1 of celsius() is str, but parameter 'raw' is declared int

moves = 0

def hanoi(n: int, src: str, dst: str, via: str) -> None:
    global moves
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves += 1
    if n >= 7 or moves <= 8:
        print(f"move {moves:>3}: disk {n} {src} -> {dst}")
    hanoi(n - 1, via, dst, src)

hanoi(4, "A", "C", "B")
print("total moves:", moves)
moves = 0
hanoi(10, "L", "R", "M")
print("total moves:", moves, moves == 2 ** 10 - 1)

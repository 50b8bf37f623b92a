# Bare raise re-raises after local cleanup; finally runs on every path.
class FlashError(Exception):
    pass


erased: list[int] = []


def erase(sector: int) -> None:
    if sector == 3:
        raise FlashError(f"sector {sector} is write-protected")
    erased.append(sector)


def erase_range(first: int, last: int) -> int:
    done = 0
    try:
        for s in range(first, last + 1):
            erase(s)
            done += 1
    except FlashError:
        print("rolling back", done, "sectors")
        raise
    finally:
        print("unlock flash controller")
    return done


print(erase_range(0, 2))
try:
    erase_range(2, 5)
except FlashError as e:
    print("caller saw:", e)
print(erased)

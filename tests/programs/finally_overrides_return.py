def f1() -> int:
    try:
        return 1
    finally:
        return 2

def f2() -> str:
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"

def f3() -> int:
    x = 10
    try:
        return x
    finally:
        x = 20
        print("finally sets x to", x)

def f4() -> int:
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")

def f5(n: int) -> int:
    for i in range(n):
        try:
            if i == 2:
                return i * 100
        finally:
            print("finally in iteration", i)
    return -1

def f6() -> str:
    try:
        raise ValueError("first")
    except ValueError:
        return "from except"
    finally:
        print("finally after except-return")

print(f1())
print(f2())
print(f3())
print(f4())
print(f5(5))
print(f5(1))
print(f6())

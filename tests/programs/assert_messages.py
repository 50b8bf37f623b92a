def checked_div(a: int, b: int) -> int:
    assert b != 0, "divisor must not be zero"
    return a // b

print(checked_div(10, 3))
try:
    checked_div(1, 0)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 > 2
except AssertionError as e:
    print("no message:", repr(str(e)))
x = 5
assert x == 5, "never fails"
assert x > 0
try:
    assert x < 0, f"x was {x}, expected negative"
except AssertionError as e:
    print("formatted:", e)
def msg() -> str:
    print("message evaluated")
    return "lazy"
assert True, msg()
try:
    assert False, msg()
except AssertionError as e:
    print("got", e)
print("now an uncaught assertion")
assert x == 6, "x should be 6"
print("not reached")

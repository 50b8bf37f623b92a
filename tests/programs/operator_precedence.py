# Python's precedence differs from C's: comparisons bind looser than & | ^,
# ** binds tighter than unary minus, and `not` is looser than ==.
a = 6
b = 3
c = 2
print(a & b == c, (a & b) == c, a & (b == c))
print(a | b == 7, a ^ b == 5, a & 1 == 0)
print(-2 ** 2, (-2) ** 2, 2 ** -1.0, -2.0 ** -2)
print(not a == b, not (a == b), (not a) == b)
print(1 + 2 * 3 ** 2, (1 + 2) * 3 ** 2, 2 * 3 % 4, 2 * (3 % 4), 7 // 2 * 2, 7 // (2 * 2))
print(1 << 2 + 1, (1 << 2) + 1, 16 >> 1 + 1, 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4))
print(-7 // 2, -(7 // 2), -7 % 3, -(7 % 3))
print(~5 + 1, ~(5 + 1), -~5, ~-5)
print(2 ** 3 ** 2, (2 ** 3) ** 2, 10 - 3 - 2, 10 - (3 - 2), 100 / 10 / 2)
print(1 < 2 == 2, (1 < 2) == 2, 3 > 2 > 1, (3 > 2) > 1)
print(True + 1 * 2, (True + 1) * 2, not 1 + 1, -True)
x = 5
print(x > 3 and x < 10 or x == 0, x > 3 and (x < 10 or x == 0), not x > 3 or x == 5)
print("a" + "b" * 3, ("a" + "b") * 3, "ab" * 2 == "abab" and len("x" * 3) == 3)
print(0xF0 | 0x0F & 0x3C, (0xF0 | 0x0F) & 0x3C, 5 & 3 << 1, (5 & 3) << 1)
print(-3 ** 2 + 10, abs(-3) ** 2, -(-3) ** 2)

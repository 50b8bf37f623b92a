# Unicode digits: isdigit is broader than int() acceptance for some, equal for decimal digits.
for t in ["²", "½", "٣", "١٢٣", "۴۵", "𝟓", "Ⅷ", "०१"]:
    print(repr(t), t.isdigit(), t.isalpha())
print(int("١٢٣"), int("۴۵"), float("١.٥"), int(" ٣ "))
try:
    print(int("²"))
except ValueError as e:
    print("ValueError:", e)

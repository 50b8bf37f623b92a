s = "the quick brown fox"
for sub in ["quick", "fox", "the", "", " ", "Quick", "xof", "the quick brown fox", "the quick brown fox!", "k b"]:
    print(repr(sub), sub in s, sub not in s)
print("" in "", "a" in "", "é" in "café", "fé" in "café", "日" in "日本")
vowels = "aeiou"
n = 0
for ch in s:
    if ch in vowels:
        n += 1
print("vowels", n)
print("a" in ["a", "b"], "c" in ["a", "b"], "ab" in ["a", "b"])

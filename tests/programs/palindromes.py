def clean(s: str) -> str:
    out = ""
    for ch in s.lower():
        if ch.isalpha() or ch.isdigit():
            out += ch
    return out

def is_pal(s: str) -> bool:
    c = clean(s)
    return c == c[::-1]

def is_pal_two_pointer(s: str) -> bool:
    i = 0
    j = len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True

tests = ["racecar", "A man, a plan, a canal: Panama!", "hello", "", "a", "ab", "Was it a car or a cat I saw?",
         "No 'x' in Nixon", "été", "日本日", "12321", "123321", "1231"]
for t in tests:
    print(f"{t!r:36} {is_pal(t)} {is_pal_two_pointer(clean(t))}")

def longest_pal_sub(s: str) -> str:
    best = ""
    for center in range(len(s)):
        for odd in range(2):
            lo = center
            hi = center + odd
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            cand = s[lo + 1:hi]
            if len(cand) > len(best):
                best = cand
    return best

for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x", "aaaa"]:
    print(s, longest_pal_sub(s))
count = 0
for n in range(1, 100000):
    t = str(n)
    if t == t[::-1]:
        count += 1
print("numeric palindromes below 100000:", count)

for code in [65, 97, 48, 32, 126, 233, 960, 26085, 128512]:
    print(f"[{code:c}] [{code:>3c}] [{code:*<3c}]", ord(f"{code:c}"))
word = ""
for code in [107, 114, 97, 105, 116]:
    word += f"{code:c}"
print(word, len(word))
print(f"{10:c}" == "\n", f"{0:c}" == chr(0), len(f"{0:c}"))

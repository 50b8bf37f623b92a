items = ["alpha", "beta", "gamma"]
print(",".join(items), " ".join(items), "".join(items), " -> ".join(items))
print(repr(",".join([])), repr(",".join(["only"])), repr("".join(["", "", ""])), ",".join(["", ""]))
print("-".join("abc"), "".join(["日", "本"]), "é".join(["a", "b", "c"]))
nums = [3, 1, 4, 1, 5]
strs = []
for n in nums:
    strs.append(str(n))
print("+".join(strs), "=", sum(nums))
floats = [0.1, 2.5, -0.0, 1e16]
fs = []
for f in floats:
    fs.append(repr(f))
print(", ".join(fs))
print("\n".join(["line1", "line2", "line3"]))
sep = ", "
print(sep.join(items[::-1]), sep.join(items[1:]), sep.join(items[:0]))
print("|".join(("tu", "ple")))

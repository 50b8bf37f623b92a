s = "mississippi"
print(s.count("s"), s.count("ss"), s.count("i"), s.count("issi"), s.count("x"), s.count(""))
print("aaaa".count("aa"), "aaaaa".count("aa"), "".count(""), "".count("a"), "abc".count(""))
print(s.count("s", 3), s.count("s", 3, 5), s.count("i", -4), s.count("", 5), s.count("", 20))
print("日本日本日".count("日"), "日本日本日".count("日本"), "😀😀".count(""))
text = "the cat sat on the mat with the hat"
for w in ["the", "at", " ", "cat", "dog"]:
    print(w, text.count(w))

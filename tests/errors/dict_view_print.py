# krait's d.keys() is a list snapshot; printing it would differ from CPython's
# dict_keys([...]), so it is refused with advice.
d = {"a": 1}
print(d.keys())
# error: 4:7: printing a dict view directly (krait's d.keys(), d.values() and d.items() are lists; print list(d.keys()) or sorted(d.items())) is not supported yet by krait

# KeyError texts for different key types, as CPython prints them.
by_name = {"alpha": 1}
by_num = {1: "one"}
by_tuple = {(1, 2): 3.5}

try:
    by_name["beta"]
except KeyError as e:
    print("str key:", e)
try:
    by_num[42]
except KeyError as e:
    print("int key:", e)
try:
    by_tuple[(3, 4)]
except KeyError as e:
    print("tuple key:", e)
try:
    by_name[""]
except KeyError as e:
    print("empty key:", e)
try:
    by_name["it's"]
except KeyError as e:
    print("quote key:", e)


def lookup(d: dict[str, int], key: str) -> int:
    return d[key]


try:
    lookup(by_name, "gamma")
except KeyError as e:
    print("from function:", str(e))
print("done")

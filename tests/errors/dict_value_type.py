# A dict's values have one type.
ages = {"ada": 36}
ages["bob"] = "forty"
# error: 3:1: this dict's values are int, not str

# A dict holds one key type.
names = {1: "uart", "two": "spi"}
# error: 2:21: dict keys must all have one type: this one is str, the first is int

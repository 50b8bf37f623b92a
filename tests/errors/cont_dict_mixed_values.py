# A dict display mixing value types.
cfg = {"rate": 100, "name": "adc"}
# error: 2:29: dict values must all have one type: this one is str, the first is int

# A dict holds one value type: krait compiles it to one C table.
limits = {"temp": 85, "volt": "5V", "amp": 2}
# error: 2:31: dict values must all have one type: this one is str, the first is int

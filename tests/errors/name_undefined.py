# A name used but never bound anywhere is rejected at compile time.
def scale(reading: int) -> int:
    return reading * gain
# error: 3:22: name 'gain' is not defined

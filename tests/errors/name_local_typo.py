# A misspelt local variable gets a suggestion.
def average(samples: list[int]) -> float:
    count = len(samples)
    return sum(samples) / cuont
# error: 4:27: name 'cuont' is not defined; did you mean 'count'?

# Plain functions stored in a list and called in a loop.
def celsius(x: float) -> float:
    return x


def fahrenheit(x: float) -> float:
    return x * 9 / 5 + 32


def kelvin(x: float) -> float:
    return x + 273.15


converters = [celsius, fahrenheit, kelvin]
names = ["C", "F", "K"]
for t in [0.0, 36.6, 100.0]:
    print(" ".join(f"{round(fn(t), 2)}{u}" for fn, u in zip(converters, names)))

# raise X from Y: the cause is kept and can be inspected.
class ConfigError(Exception):
    pass


def parse_rate(text: str) -> int:
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad rate {text!r}") from e


for text in ["100", "fast", ""]:
    try:
        print("rate", parse_rate(text))
    except ConfigError as e:
        cause = e.__cause__
        print("ConfigError:", e, "| caused by:", cause)


def lookup(table: dict[str, int], key: str) -> int:
    try:
        return table[key]
    except KeyError:
        raise ConfigError("no entry " + key) from None


try:
    lookup({"a": 1}, "b")
except ConfigError as e:
    print(e, e.__cause__ is None)

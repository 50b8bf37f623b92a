# Merge a default configuration with board overrides.
defaults = {"baud": 9600, "bits": 8, "stop": 1, "timeout_ms": 100}
board = {"baud": 115200, "timeout_ms": 20}

config = defaults.copy()
config.update(board)
print(config)
print(defaults)
print("changed keys:", [k for k in config if config[k] != defaults[k]])

extra: dict[str, int] = {}
extra.update(config)
extra["parity"] = 0
print(len(extra), extra == config, extra != config)
del extra["parity"]
print(extra == config)
same_other_order = {"timeout_ms": 20, "stop": 1, "bits": 8, "baud": 115200}
print("order ignored by ==:", same_other_order == config)
print(list(same_other_order), list(config))
config.clear()
print(config, len(config))

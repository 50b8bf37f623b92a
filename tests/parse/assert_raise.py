# assert with and without message, raise forms, pass/break/continue.
assert x
assert x, "message"
assert (x, y)
raise
raise ValueError
raise ValueError("bad") from err
raise E from None
pass

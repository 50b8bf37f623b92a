s = "it's"
q = 'say "hi"'
both = "it's \"both\""
print(f"{s!r} {q!r} {both!r}")
print(f"{s!s} {q!s}")
print(f"{s!r:>12}|{s!s:>12}|")
print(f"{1.5!r} {10!r} {True!r} {None!r} {-0.0!r}")
nl = "line\n"
tb = "tab\there"
print(f"{nl!r} {tb!r} {nl + tb!r}")
t = (1, "a", 2.5)
print(f"{t} {t!r} {t!s}")
lst = ["x", "y'z"]
print(f"{lst} {lst!r}")
print(f"{'é'!r} {'日本'!r} {chr(7)!r} {chr(127)!r} {chr(160)!r}")
v = None
print(f"{v}", f"{v!r}", f"[{str(v):>6}]")

# %d takes a number, not a str.
msg = "%d items" % "three"
# error: 2:20: %d format: a real number is required, not str

# A variable keeps one type: krait compiles it to one C variable.
count = 0
count = "many"
# error: 3:1: variable 'count' of type int cannot hold a str
# note: 2:1: 'count' was inferred as int here

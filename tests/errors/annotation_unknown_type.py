limit: Amps = 3
# error: 1:8: name 'Amps' is not defined

z = 3 + 4j
# error: 1:9: complex numbers are not supported by krait

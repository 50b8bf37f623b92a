# Augmented assignment needs a single name, attribute or subscript.
# error: 5:1: 'function call' is an illegal expression for augmented assignment
# error: 6:1: 'tuple' is an illegal expression for augmented assignment
# error: 7:1: 'tuple' is an illegal expression for augmented assignment
f() += 1
(a, b) += 1
a, b += 1

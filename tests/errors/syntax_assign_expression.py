# Assignment to operators, conditionals, comparisons, lambdas and yields.
# error: 8:1: cannot assign to expression here. Maybe you meant '==' instead of '='?
# error: 9:1: cannot assign to conditional expression
# error: 10:1: cannot assign to comparison
# error: 11:1: cannot assign to lambda
# error: 12:5: assignment to yield expression not possible
# error: 13:2: cannot assign to yield expression here. Maybe you meant '==' instead of '='?
a + 1 = 2
a if b else c = 1
a < b = 1
lambda: 1 = 1
x = yield = 1
(yield) = 1

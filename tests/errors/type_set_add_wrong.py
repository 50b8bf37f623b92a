irqs = {3, 7}
irqs.add("uart")
# error: 2:10: this set's elements are int, not str

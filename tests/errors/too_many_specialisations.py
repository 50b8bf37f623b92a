def show(x):
    return x

print(show(1), show(1.5), show("a"), show(True), show([1]), show([1.5]), show(["a"]), show([True]))
print(show(None))
# error: 5:7: show() is called with 9 different argument type combinations; krait compiles one C function per combination and stops at 8: annotate its parameters
# note: 4:7: first called here

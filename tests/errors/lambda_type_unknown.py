handlers = [lambda x: x + 1]
print(handlers[0](2))
# error: 1:13: cannot infer the type of this lambda's parameter 'x'; assign the lambda to a variable annotated Callable[[...], ...] or pass it where a Callable is declared

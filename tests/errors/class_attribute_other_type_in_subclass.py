class State:
    name = "base"


class Fault(State):
    name = 3


s: State = Fault()
print(s.name)
# error: 10:7: class attribute 'name' is str in State but int in Fault

# A vending machine whose states are objects; credit lives in the machine,
# states decide what each event does.
class Machine:
    def __init__(self) -> None:
        self.credit = 0
        self.stock = 2
        self.state: State = Idle()

    def send(self, event: str, amount: int) -> None:
        before = self.state.label
        self.state = self.state.handle(self, event, amount)
        print(f"{event:7} {amount:3} {before:>8} -> {self.state.label:8} credit={self.credit} stock={self.stock}")


class State:
    label = "?"

    def handle(self, m: Machine, event: str, amount: int) -> "State":
        return self


class Idle(State):
    label = "idle"

    def handle(self, m: Machine, event: str, amount: int) -> State:
        if event == "coin":
            m.credit += amount
            return Paying()
        return self


class Paying(State):
    label = "paying"

    def handle(self, m: Machine, event: str, amount: int) -> State:
        if event == "coin":
            m.credit += amount
        elif event == "select" and m.credit >= 150:
            m.credit -= 150
            m.stock -= 1
            return Empty() if m.stock == 0 else Idle()
        elif event == "refund":
            m.credit = 0
            return Idle()
        return self


class Empty(State):
    label = "empty"


m = Machine()
for ev, amt in [("coin", 100), ("select", 0), ("coin", 100), ("select", 0), ("coin", 200),
                ("refund", 0), ("coin", 150), ("select", 0), ("coin", 50)]:
    m.send(ev, amt)
print(m.state.label, isinstance(m.state, Empty), isinstance(m.state, Idle))

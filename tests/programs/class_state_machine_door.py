# A door controller state machine with state objects and transitions.
class State:
    name = "base"

    def on_event(self, ev: str) -> "State":
        return self


class Closed(State):
    name = "closed"

    def on_event(self, ev: str) -> State:
        if ev == "open":
            return Opening()
        if ev == "lock":
            return Locked()
        return self


class Opening(State):
    name = "opening"

    def on_event(self, ev: str) -> State:
        if ev == "limit":
            return Open()
        if ev == "obstacle":
            return Closed()
        return self


class Open(State):
    name = "open"

    def on_event(self, ev: str) -> State:
        return Closed() if ev == "close" else self


class Locked(State):
    name = "locked"

    def on_event(self, ev: str) -> State:
        return Closed() if ev == "unlock" else self


state: State = Closed()
for ev in ["open", "limit", "lock", "close", "lock", "open", "unlock", "open", "obstacle"]:
    nxt = state.on_event(ev)
    marker = "" if nxt is state else f" -> {nxt.name}"
    print(f"{state.name:8} {ev:9}{marker}")
    state = nxt
print("final:", state.name, isinstance(state, Closed), isinstance(state, State))

# In-place operator dunders (__iadd__, __isub__) on an accumulator type.
class Energy:
    def __init__(self, mj: int) -> None:
        self.mj = mj

    def __add__(self, o: "Energy") -> "Energy":
        return Energy(self.mj + o.mj)

    def __iadd__(self, o: "Energy") -> "Energy":
        self.mj += o.mj
        return self

    def __isub__(self, o: "Energy") -> "Energy":
        self.mj -= o.mj
        return self

    def __str__(self) -> str:
        return f"{self.mj / 1000:.3f} J"


budget = Energy(5000)
alias = budget
budget += Energy(250)
print(budget, alias, budget is alias)
fresh = budget + Energy(1)
print(fresh, budget, fresh is budget)
for cost in [1200, 800, 3000]:
    budget -= Energy(cost)
    print("after", cost, "->", budget)
print(alias)

# Keeps one running minimum, which a pop can leave stale.
class MinStack:
    def __init__(self):
        self.items = []
        self.low = None

    def push(self, val: int) -> None:
        self.items.append(val)
        self.low = val if self.low is None else min(self.low, val)

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        return self.low

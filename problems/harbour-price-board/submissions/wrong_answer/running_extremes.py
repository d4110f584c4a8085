# Keeps the highest and lowest price ever recorded: a correction should make the old price
# vanish from the board, but here it still counts.
class PriceBoard:
    def __init__(self):
        self.at = {}
        self.last = 0
        self.high = 0
        self.low = 10**7

    def record(self, time: int, price: int) -> None:
        self.at[time] = price
        self.last = max(self.last, time)
        self.high = max(self.high, price)
        self.low = min(self.low, price)

    def latest(self) -> int:
        return self.at[self.last]

    def highest(self) -> int:
        return self.high

    def lowest(self) -> int:
        return self.low

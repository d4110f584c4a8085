# `low` is a max-heap (values negated), `high` a min-heap; len(low) is len(high) or one more.
class RunningMedian:
    def __init__(self):
        self.low, self.high = [], []

    def add(self, value: int) -> None:
        heappush(self.low, -value)
        heappush(self.high, -heappop(self.low))
        if len(self.high) > len(self.low):
            heappush(self.low, -heappop(self.high))

    def median(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2

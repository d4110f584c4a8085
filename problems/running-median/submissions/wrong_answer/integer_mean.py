# Integer division for an even count: the mean of -2 and 6 is right, but the mean of 1 and 2
# becomes 1.0 instead of 1.5.
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
        return float((-self.low[0] + self.high[0]) // 2)

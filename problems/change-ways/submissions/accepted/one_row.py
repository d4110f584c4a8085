class Solution:
    def changeWays(self, amount: int, coins: List[int]) -> int:
        mod = 10**9 + 7
        ways = [1] + [0] * amount
        for c in coins:  # values outside: each payout is counted once, not once per order
            for s in range(c, amount + 1):
                ways[s] = (ways[s] + ways[s - c]) % mod
        return ways[amount]

# Loops swapped: counts ordered sequences of coins, so 1+2 and 2+1 are two payouts.
class Solution:
    def changeWays(self, amount: int, coins: List[int]) -> int:
        mod = 10**9 + 7
        ways = [1] + [0] * amount
        for s in range(1, amount + 1):
            for c in coins:
                if c <= s:
                    ways[s] = (ways[s] + ways[s - c]) % mod
        return ways[amount]

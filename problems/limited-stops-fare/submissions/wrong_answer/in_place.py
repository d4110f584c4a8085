# Relaxes in place: within one round a fare improved earlier in the same round is used again,
# so a round can chain several flights and the stop limit leaks.
class Solution:
    def cheapestFare(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        best = [inf] * n
        best[src] = 0
        for _ in range(k + 1):
            for u, v, price in flights:
                if best[u] + price < best[v]:
                    best[v] = best[u] + price
        return -1 if best[dst] == inf else best[dst]

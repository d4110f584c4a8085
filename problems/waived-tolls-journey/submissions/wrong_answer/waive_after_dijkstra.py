# Wrong: finds the cheapest route with no passes, then waives its k dearest tolls. A dearer route
# with a few very dear roads can end up cheaper once the passes are used (example 1).
class Solution:
    def cheapestTrip(self, n: int, roads: List[List[int]], src: int, dst: int, k: int) -> int:
        adj = [[] for _ in range(n)]
        for u, v, c in roads:
            adj[u].append((v, c))
            adj[v].append((u, c))
        INF = float("inf")
        dist = [INF] * n
        came = [-1] * n  # toll of the road used to reach each town
        prev = [-1] * n
        dist[src] = 0
        heap = [(0, src)]
        while heap:
            d, u = heapq.heappop(heap)
            if d > dist[u]:
                continue
            for v, c in adj[u]:
                if d + c < dist[v]:
                    dist[v], prev[v], came[v] = d + c, u, c
                    heapq.heappush(heap, (d + c, v))
        if dist[dst] == INF:
            return -1
        tolls = []
        t = dst
        while t != src:
            tolls.append(came[t])
            t = prev[t]
        tolls.sort(reverse=True)
        return sum(tolls[k:])

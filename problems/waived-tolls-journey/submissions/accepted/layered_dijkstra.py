class Solution:
    def cheapestTrip(self, n: int, roads: List[List[int]], src: int, dst: int, k: int) -> int:
        adj = [[] for _ in range(n)]
        for u, v, c in roads:
            adj[u].append((v, c))
            adj[v].append((u, c))
        INF = float("inf")
        width = k + 1
        dist = [INF] * (n * width)  # state town * width + passes used
        dist[src * width] = 0
        heap = [(0, src * width)]
        while heap:
            d, s = heapq.heappop(heap)
            if d > dist[s]:
                continue
            u, j = divmod(s, width)
            if u == dst:
                return d  # the first state of dst popped is the cheapest over all layers
            for v, c in adj[u]:
                t = v * width + j
                if d + c < dist[t]:
                    dist[t] = d + c
                    heapq.heappush(heap, (d + c, t))
                if j < k and d < dist[t + 1]:
                    dist[t + 1] = d
                    heapq.heappush(heap, (d, t + 1))
        return -1

class Solution:
    def safestRoute(self, n: int, trails: List[List[int]], chance: List[float], start: int, goal: int) -> float:
        adj = [[] for _ in range(n)]
        for (a, b), p in zip(trails, chance):
            adj[a].append((b, p))
            adj[b].append((a, p))
        best = [0.0] * n
        best[start] = 1.0
        heap = [(-1.0, start)]  # negated: heapq is a min-heap, we want the safest camp first
        while heap:
            c, u = heappop(heap)
            c = -c
            if c < best[u]:
                continue  # a stale entry
            if u == goal:
                return c
            for v, p in adj[u]:
                if c * p > best[v]:
                    best[v] = c * p
                    heappush(heap, (-best[v], v))
        return 0.0

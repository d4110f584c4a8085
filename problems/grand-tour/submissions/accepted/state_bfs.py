class Solution:
    def grandTour(self, graph: List[List[int]]) -> int:
        n = len(graph)
        full = (1 << n) - 1
        # seen[mask] is a bitmask of the rooms already reached with that visited set.
        seen = [0] * (1 << n)
        queue = deque()
        for v in range(n):
            seen[1 << v] |= 1 << v
            queue.append((v, 1 << v, 0))
        while queue:
            v, mask, d = queue.popleft()
            if mask == full:
                return d
            for w in graph[v]:
                nm = mask | (1 << w)
                if not seen[nm] >> w & 1:
                    seen[nm] |= 1 << w
                    queue.append((w, nm, d + 1))
        return 0

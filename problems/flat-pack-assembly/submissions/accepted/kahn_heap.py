class Solution:
    def assemblyOrder(self, n: int, rules: List[List[int]]) -> List[int]:
        after = [[] for _ in range(n)]
        waits = [0] * n  # rules still unmet, per step
        for a, b in rules:
            after[a].append(b)
            waits[b] += 1
        ready = [s for s in range(n) if waits[s] == 0]  # increasing: already a heap
        order = []
        while ready:
            s = heapq.heappop(ready)
            order.append(s)
            for b in after[s]:
                waits[b] -= 1
                if waits[b] == 0:
                    heapq.heappush(ready, b)
        return order if len(order) == n else []

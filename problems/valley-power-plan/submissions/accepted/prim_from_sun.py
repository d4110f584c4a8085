import heapq


class Solution:
    def cheapestPower(self, panels: List[int], cables: List[List[int]]) -> int:
        # Prim's algorithm grown from an imaginary "sun" node: at the start every village can be
        # reached from the sun for the price of its solar array.
        n = len(panels)
        adj = [[] for _ in range(n)]
        for a, b, c in cables:
            adj[a].append((c, b))
            adj[b].append((c, a))
        best = panels[:]
        heap = [(p, i) for i, p in enumerate(panels)]
        heapq.heapify(heap)
        powered = [False] * n
        total = 0
        while heap:
            c, v = heapq.heappop(heap)
            if powered[v] or c != best[v]:
                continue
            powered[v] = True
            total += c
            for cw, w in adj[v]:
                if not powered[w] and cw < best[w]:
                    best[w] = cw
                    heapq.heappush(heap, (cw, w))
        return total

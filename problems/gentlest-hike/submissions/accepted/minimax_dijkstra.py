class Solution:
    def gentlestHike(self, heights: List[List[int]]) -> int:
        m, n = len(heights), len(heights[0])
        flat = [h for row in heights for h in row]
        INF = float("inf")
        best = [INF] * (m * n)
        best[0] = 0
        heap = [(0, 0)]
        target = m * n - 1
        while heap:
            d, v = heappop(heap)
            if d > best[v]:
                continue  # a stale entry
            if v == target:
                return d
            r, c = divmod(v, n)
            h = flat[v]
            for w, ok in ((v - n, r > 0), (v + n, r < m - 1), (v - 1, c > 0), (v + 1, c < n - 1)):
                if ok:
                    nd = max(d, abs(h - flat[w]))
                    if nd < best[w]:
                        best[w] = nd
                        heappush(heap, (nd, w))
        return 0

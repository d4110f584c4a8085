class Solution:
    def widestRumour(self, n: int, friendships: List[List[int]]) -> int:
        parent, size = list(range(n)), [1] * n

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]  # path halving
                x = parent[x]
            return x

        best = 1
        for a, b in friendships:
            ra, rb = find(a), find(b)
            if ra == rb:
                continue
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra  # union by size: the smaller group hangs under the larger
            size[ra] += size[rb]
            best = max(best, size[ra])
        return best

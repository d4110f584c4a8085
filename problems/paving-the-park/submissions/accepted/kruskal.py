class Solution:
    def pavingCost(self, n: int, paths: List[List[int]]) -> int:
        parent, size = list(range(n)), [1] * n

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]  # path halving
                x = parent[x]
            return x

        total, paved = 0, 0
        for a, b, cost in sorted(paths, key=lambda p: p[2]):
            ra, rb = find(a), find(b)
            if ra == rb:
                continue  # already joined: this path would close a cycle
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]
            total += cost
            paved += 1
        return total if paved == n - 1 else -1

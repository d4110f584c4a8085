# Union the free links first, then Kruskal over the offers; count the groups left.
class Solution:
    def upgradeCost(self, n: int, existing: List[List[int]], offers: List[List[int]]) -> int:
        parent, size = list(range(n)), [1] * n

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(a, b):
            ra, rb = find(a), find(b)
            if ra == rb:
                return False
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]
            return True

        groups = n
        for a, b in existing:
            if union(a, b):
                groups -= 1
        total = 0
        for a, b, price in sorted(offers, key=lambda o: o[2]):
            if groups == 1:
                break
            if union(a, b):
                groups -= 1
                total += price
        return total if groups == 1 else -1

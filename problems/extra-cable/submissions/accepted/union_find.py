class Solution:
    def extraCable(self, cables: List[List[int]]) -> List[int]:
        parent = list(range(len(cables) + 1))
        size = [1] * (len(cables) + 1)

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]  # path halving
                x = parent[x]
            return x

        for a, b in cables:
            ra, rb = find(a), find(b)
            if ra == rb:
                return [a, b]  # its ends were connected already: it closes the cycle
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]
        return []

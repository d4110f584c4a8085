# Merges correctly, but then counts each group by `parent[i]` instead of by `find(i)`. Once a
# group hangs under another through its root, its deeper members still point at the old root,
# so one group is split into several smaller counts.
class Solution:
    def widestRumour(self, n: int, friendships: List[List[int]]) -> int:
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in friendships:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[rb] = ra
        return max(Counter(parent).values())

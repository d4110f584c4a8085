import bisect

# Zones by right end; an overfull zone loses its rightmost remaining sensors. A Fenwick tree
# counts the sensors left in a zone, a union-find finds the nearest one left at or before i.
class Solution:
    def fewestRemovals(self, positions: List[int], zones: List[List[int]], k: int) -> int:
        ps = sorted(positions)
        n = len(ps)
        tree = [0] * (n + 1)
        for i in range(1, n + 1):
            tree[i] += 1
            j = i + (i & -i)
            if j <= n:
                tree[j] += tree[i]
        prev = list(range(n + 1))

        def find(x):
            while prev[x] != x:
                prev[x] = prev[prev[x]]
                x = prev[x]
            return x

        def prefix(i):
            s = 0
            while i > 0:
                s += tree[i]
                i -= i & -i
            return s

        removed = 0
        for l, r in sorted(zones, key=lambda z: z[1]):
            lo, hi = bisect.bisect_left(ps, l), bisect.bisect_right(ps, r)
            extra = prefix(hi) - prefix(lo) - k
            while extra > 0:
                i = find(hi) - 1
                prev[i + 1] = i
                j = i + 1
                while j <= n:
                    tree[j] -= 1
                    j += j & -j
                removed += 1
                extra -= 1
        return removed

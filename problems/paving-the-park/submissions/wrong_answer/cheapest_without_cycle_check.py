# Sums the n - 1 cheapest paths, assuming they connect everything: they may close a cycle
# (or repeat one pair of kiosks) and leave other kiosks out.
class Solution:
    def pavingCost(self, n: int, paths: List[List[int]]) -> int:
        if len(paths) < n - 1:
            return -1
        return sum(sorted(p[2] for p in paths)[:n - 1])

# Binary search on the largest workload; a greedy pass counts the crews a limit needs.
class Solution:
    def balancedCrewLoad(self, work: List[int], k: int) -> int:
        def crews_needed(limit):
            crews, load = 1, 0
            for w in work:
                if load + w > limit:  # w itself fits: limit >= max(work)
                    crews += 1
                    load = 0
                load += w
            return crews

        lo, hi = max(work), sum(work)
        while lo < hi:
            mid = (lo + hi) // 2
            if crews_needed(mid) <= k:
                hi = mid
            else:
                lo = mid + 1
        return lo

# Searches from 0 instead of max(work), and the greedy never notices a section heavier than
# the limit: it just opens a new stretch for it. work = [1, 10], k = 2 then "fits" within 1.
class Solution:
    def balancedCrewLoad(self, work: List[int], k: int) -> int:
        def crews_needed(limit):
            crews, load = 1, 0
            for w in work:
                if load + w > limit:
                    crews += 1
                    load = 0
                load += w
            return crews

        lo, hi = 0, sum(work)
        while lo < hi:
            mid = (lo + hi) // 2
            if crews_needed(mid) <= k:
                hi = mid
            else:
                lo = mid + 1
        return lo

class Solution:
    def smallestCapacity(self, weights: List[int], days: int) -> int:
        def fits(capacity):  # greedy: fill each day as far as the capacity allows
            used, load = 1, 0
            for w in weights:
                if load + w > capacity:
                    used += 1
                    if used > days:
                        return False
                    load = 0
                load += w
            return True

        lo, hi = max(weights), sum(weights)  # every parcel must fit; one day always works
        while lo < hi:
            mid = (lo + hi) // 2
            if fits(mid):
                hi = mid
            else:
                lo = mid + 1
        return lo

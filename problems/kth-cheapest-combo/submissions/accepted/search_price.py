class Solution:
    def kthCheapestCombo(self, mains: List[int], drinks: List[int], k: int) -> int:
        short, long_ = (mains, drinks) if len(mains) <= len(drinks) else (drinks, mains)

        def at_most(x):  # how many combos cost <= x
            return sum(bisect_right(long_, x - a) for a in short)

        # The smallest price x with at least k combos costing <= x is the k-th price.
        lo, hi = mains[0] + drinks[0], mains[-1] + drinks[-1]
        while lo < hi:
            mid = (lo + hi) // 2
            if at_most(mid) >= k:
                hi = mid
            else:
                lo = mid + 1
        return lo

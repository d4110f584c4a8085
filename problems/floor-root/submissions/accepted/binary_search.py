class Solution:
    def floorRoot(self, x: int) -> int:
        lo, hi = 0, min(x, 46340)  # 46341² is already past 2^31 - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2  # round up, so lo = mid always moves
            if mid * mid <= x:
                lo = mid
            else:
                hi = mid - 1
        return lo

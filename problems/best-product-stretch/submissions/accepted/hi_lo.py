class Solution:
    def bestProduct(self, nums: List[int]) -> int:
        hi = lo = best = nums[0]  # largest and smallest product of a stretch ending here
        for x in nums[1:]:
            hi, lo = max(x, x * hi, x * lo), min(x, x * hi, x * lo)
            best = max(best, hi)
        return best

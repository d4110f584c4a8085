# Kadane's idea for sums: keeps only the largest product, so a second negative cannot help.
class Solution:
    def bestProduct(self, nums: List[int]) -> int:
        hi = best = nums[0]
        for x in nums[1:]:
            hi = max(x, x * hi)
            best = max(best, hi)
        return best

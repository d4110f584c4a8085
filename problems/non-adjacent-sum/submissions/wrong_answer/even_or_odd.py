# The larger of "every even position" and "every odd position" (positive values only):
# [5,1,1,5] gives 6 instead of 10.
class Solution:
    def nonAdjacentSum(self, nums: List[int]) -> int:
        even = sum(x for x in nums[0::2] if x > 0)
        odd = sum(x for x in nums[1::2] if x > 0)
        return max(even, odd)

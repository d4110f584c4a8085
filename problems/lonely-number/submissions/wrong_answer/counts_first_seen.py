# Returns the first value whose next occurrence is not right after it: works only when twins
# sit side by side.
class Solution:
    def lonelyNumber(self, nums: List[int]) -> int:
        i = 0
        while i + 1 < len(nums) and nums[i] == nums[i + 1]:
            i += 2
        return nums[i]

# Takes the current value as the candidate whenever it differs from the candidate (instead of
# only when the count is 0): the candidate ends up being whatever value came last.
class Solution:
    def majorityValue(self, nums: List[int]) -> int:
        candidate, count = None, 0
        for x in nums:
            if x == candidate:
                count += 1
            else:
                candidate, count = x, count - 1
        return candidate

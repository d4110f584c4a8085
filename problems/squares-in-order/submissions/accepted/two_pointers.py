class Solution:
    def squaresInOrder(self, nums: List[int]) -> List[int]:
        n = len(nums)
        out = [0] * n
        lo, hi = 0, n - 1
        for back in range(n - 1, -1, -1):  # the largest remaining square sits at an end
            if abs(nums[lo]) > abs(nums[hi]):
                out[back] = nums[lo] * nums[lo]
                lo += 1
            else:
                out[back] = nums[hi] * nums[hi]
                hi -= 1
        return out

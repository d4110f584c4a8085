class Solution:
    def othersProduct(self, nums: List[int]) -> List[int]:
        n = len(nums)
        out, p = [1] * n, 1
        for i in range(n):  # out[i] = product of everything left of i
            out[i] = p
            p *= nums[i]
        p = 1
        for i in range(n - 1, -1, -1):  # times everything right of i
            out[i] *= p
            p *= nums[i]
        return out

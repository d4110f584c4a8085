class Solution:
    def lonelyNumber(self, nums: List[int]) -> int:
        result = 0
        for x in nums:
            result ^= x  # twins cancel: x ^ x == 0
        return result

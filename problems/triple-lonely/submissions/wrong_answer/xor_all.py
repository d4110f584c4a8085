# XOR of everything: cancels values seen twice, but a triple leaves one copy behind.
class Solution:
    def oddOneOut(self, nums: List[int]) -> int:
        acc = 0
        for x in nums:
            acc ^= x
        return acc

class Solution:
    def oddOneOut(self, nums: List[int]) -> int:
        answer = 0
        for b in range(32):
            ones = sum((x >> b) & 1 for x in nums)  # Python's >> keeps the sign: bit 31 is right
            if ones % 3:
                answer |= 1 << b
        return answer - (1 << 32) if answer >> 31 else answer  # back from two's complement

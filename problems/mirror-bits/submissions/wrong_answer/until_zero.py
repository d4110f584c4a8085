# Stops when n runs out of set bits: only the significant bits are reversed (6 -> 3).
class Solution:
    def mirrorBits(self, n: int) -> int:
        r = 0
        while n:
            r = (r << 1) | (n & 1)
            n >>= 1
        return r

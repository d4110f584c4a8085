class Solution:
    def mirrorBits(self, n: int) -> int:
        r = 0
        for _ in range(32):  # all 32 places: leading zeros become trailing zeros
            r = (r << 1) | (n & 1)
            n >>= 1
        return r

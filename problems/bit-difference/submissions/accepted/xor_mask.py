class Solution:
    def bitDifference(self, x: int, y: int) -> int:
        v = (x ^ y) & 0xFFFFFFFF  # Python ints are unbounded: keep the 32 bits
        count = 0
        while v:
            v &= v - 1  # clears the lowest 1 bit
            count += 1
        return count

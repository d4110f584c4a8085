# Counts the ones of Python's x ^ y without masking to 32 bits: a negative XOR prints as
# '-0b...', its magnitude, so 0 against -1 gives 1 instead of 32.
class Solution:
    def bitDifference(self, x: int, y: int) -> int:
        return bin(x ^ y).count("1")

# Matches each letter of a with the first unused matching letter of b, in order: "xab" and
# "abx" match the x and then nothing, giving 1 instead of 2.
class Solution:
    def longestCommonSubsequence(self, a: str, b: str) -> int:
        count, j = 0, 0
        for x in a:
            k = b.find(x, j)
            if k >= 0:
                count += 1
                j = k + 1
        return count

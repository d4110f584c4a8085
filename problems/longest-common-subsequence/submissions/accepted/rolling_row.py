class Solution:
    def longestCommonSubsequence(self, a: str, b: str) -> int:
        # row[j] is L[i][j] for the current i; `diagonal` keeps L[i-1][j-1] before it is
        # overwritten.
        row = [0] * (len(b) + 1)
        for x in a:
            diagonal = 0
            for j, y in enumerate(b, 1):
                above = row[j]
                row[j] = diagonal + 1 if x == y else max(above, row[j - 1])
                diagonal = above
        return row[-1]

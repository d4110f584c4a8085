class Solution:
    def editDistance(self, a: str, b: str) -> int:
        row = list(range(len(b) + 1))  # D[0][j] = j
        for i, x in enumerate(a, 1):
            diagonal, row[0] = row[0], i  # diagonal keeps D[i-1][j-1]
            for j, y in enumerate(b, 1):
                above = row[j]
                row[j] = min(above + 1, row[j - 1] + 1, diagonal + (x != y))
                diagonal = above
        return row[-1]

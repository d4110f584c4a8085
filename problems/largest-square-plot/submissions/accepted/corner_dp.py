class Solution:
    def largestSquarePlot(self, land: List[str]) -> int:
        n = len(land[0])
        prev, best = [0] * (n + 1), 0  # side of the largest square ending at each cell
        for row in land:
            cur = [0] * (n + 1)
            for c, cell in enumerate(row):
                if cell == "1":
                    a, b, d = prev[c + 1], cur[c], prev[c]  # above, left, diagonal
                    s = 1 + (a if a < b and a < d else (b if b < d else d))
                    cur[c + 1] = s
                    if s > best:
                        best = s
            prev = cur
        return best * best

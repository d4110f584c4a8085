class Solution:
    def maxLanternPoints(self, lanterns: List[int]) -> int:
        v = [1] + lanterns + [1]  # the brightness-1 neighbours past each end
        m = len(v)
        best = [[0] * m for _ in range(m)]  # best[i][j]: pop everything strictly between
        for gap in range(2, m):
            for i in range(m - gap):
                j = i + gap
                outer = v[i] * v[j]
                row, top = best[i], 0
                for k in range(i + 1, j):  # k is popped last between i and j
                    t = row[k] + best[k][j] + outer * v[k]
                    if t > top:
                        top = t
                best[i][j] = top
        return best[0][m - 1]

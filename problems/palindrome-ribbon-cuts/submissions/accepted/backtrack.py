class Solution:
    def ribbonCuts(self, s: str) -> List[List[str]]:
        n = len(s)
        # pal[i][j]: s[i..j] reads the same both ways.
        pal = [[False] * n for _ in range(n)]
        for i in range(n - 1, -1, -1):
            for j in range(i, n):
                pal[i][j] = s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1])
        ways, pieces = [], []

        def cut(start):
            if start == n:
                ways.append(pieces[:])  # a copy: pieces keeps changing
                return
            for end in range(start, n):
                if pal[start][end]:
                    pieces.append(s[start:end + 1])
                    cut(end + 1)
                    pieces.pop()

        cut(0)
        return ways

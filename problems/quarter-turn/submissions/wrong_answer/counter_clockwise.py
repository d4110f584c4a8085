# Reverses the rows before transposing: a quarter turn the other way.
class Solution:
    def quarterTurn(self, picture: List[List[int]]) -> None:
        n = len(picture)
        for row in picture:
            row.reverse()
        for r in range(n):
            for c in range(r + 1, n):
                picture[r][c], picture[c][r] = picture[c][r], picture[r][c]

class Solution:
    def quarterTurn(self, picture: List[List[int]]) -> None:
        n = len(picture)
        for r in range(n):
            for c in range(r + 1, n):  # only above the diagonal, or each pair swaps back
                picture[r][c], picture[c][r] = picture[c][r], picture[r][c]
        for row in picture:
            row.reverse()

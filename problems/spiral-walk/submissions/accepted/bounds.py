class Solution:
    def spiralWalk(self, grid: List[List[int]]) -> List[int]:
        top, bottom, left, right = 0, len(grid) - 1, 0, len(grid[0]) - 1
        out = []
        while top <= bottom and left <= right:
            out.extend(grid[top][left:right + 1])
            top += 1
            out.extend(grid[r][right] for r in range(top, bottom + 1))
            right -= 1
            if top <= bottom:  # a single remaining row was walked already
                out.extend(grid[bottom][c] for c in range(right, left - 1, -1))
                bottom -= 1
            if left <= right:  # likewise a single remaining column
                out.extend(grid[r][left] for r in range(bottom, top - 1, -1))
                left += 1
        return out

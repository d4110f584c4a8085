class Solution:
    def coastline(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        land = shared = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c]:
                    land += 1
                    # Each shared side is counted once, from its upper or left square.
                    if r + 1 < rows and grid[r + 1][c]:
                        shared += 1
                    if c + 1 < cols and grid[r][c + 1]:
                        shared += 1
        return 4 * land - 2 * shared

class Solution:
    def countPaths(self, grid: List[List[int]]) -> int:
        MOD = 10**9 + 7
        ways = [0] * len(grid[0])
        ways[0] = 1  # becomes 0 at once if the start is a rock
        for row in grid:
            for c, rock in enumerate(row):
                if rock:
                    ways[c] = 0
                elif c > 0:
                    ways[c] = (ways[c] + ways[c - 1]) % MOD  # from above + from the left
        return ways[-1]

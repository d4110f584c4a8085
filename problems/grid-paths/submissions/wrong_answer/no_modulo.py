# Counts exactly with Python's big integers but never takes the modulo: right on small grids,
# wrong once the count passes 10^9 + 7.
class Solution:
    def countPaths(self, grid: List[List[int]]) -> int:
        ways = [0] * len(grid[0])
        ways[0] = 1
        for row in grid:
            for c, rock in enumerate(row):
                if rock:
                    ways[c] = 0
                elif c > 0:
                    ways[c] += ways[c - 1]
        return ways[-1]

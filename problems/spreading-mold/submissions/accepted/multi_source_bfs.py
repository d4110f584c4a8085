class Solution:
    def minutesUntilMoldy(self, shelf: List[List[int]]) -> int:
        m, n = len(shelf), len(shelf[0])
        grid = [row[:] for row in shelf]
        frontier = [(r, c) for r in range(m) for c in range(n) if grid[r][c] == 2]
        fresh = sum(row.count(1) for row in grid)
        minutes = 0
        # One BFS level per minute: every loaf in `frontier` turned moldy in the same minute.
        while frontier and fresh:
            nxt = []
            for r, c in frontier:
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] == 1:
                        grid[nr][nc] = 2
                        fresh -= 1
                        nxt.append((nr, nc))
            frontier = nxt
            minutes += 1
        return -1 if fresh else minutes

# Wrong: a depth-first search returns the length of the first route it finds to the exit, which
# is a route, but often not a shortest one.
class Solution:
    def fewestSteps(self, maze: List[str]) -> int:
        rows, cols = len(maze), len(maze[0])
        seen = [[False] * cols for _ in range(rows)]
        for r in range(rows):
            c = maze[r].find("S")
            if c >= 0:
                start = (r, c)
        seen[start[0]][start[1]] = True
        stack = [(start[0], start[1], 0)]
        while stack:
            r, c, d = stack.pop()
            if maze[r][c] == "E":
                return d
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and not seen[nr][nc]:
                    seen[nr][nc] = True
                    stack.append((nr, nc, d + 1))
        return -1

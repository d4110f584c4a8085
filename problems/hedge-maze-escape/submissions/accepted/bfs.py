class Solution:
    def fewestSteps(self, maze: List[str]) -> int:
        rows, cols = len(maze), len(maze[0])
        dist = [[-1] * cols for _ in range(rows)]
        for r in range(rows):
            c = maze[r].find("S")
            if c >= 0:
                start = (r, c)
        dist[start[0]][start[1]] = 0
        queue = deque([start])
        while queue:
            r, c = queue.popleft()
            if maze[r][c] == "E":
                return dist[r][c]
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and dist[nr][nc] == -1:
                    dist[nr][nc] = dist[r][c] + 1
                    queue.append((nr, nc))
        return -1

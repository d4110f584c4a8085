class Solution:
    def largestIsland(self, grid: List[List[int]]) -> int:
        n = len(grid)
        label = [[0] * n for _ in range(n)]
        sizes = [0]  # sizes[i] is island i's size; label 0 means water
        for r in range(n):
            for c in range(n):
                if grid[r][c] and not label[r][c]:
                    island = len(sizes)
                    sizes.append(0)
                    label[r][c] = island
                    queue = deque([(r, c)])
                    while queue:
                        y, x = queue.popleft()
                        sizes[island] += 1
                        for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                            if 0 <= ny < n and 0 <= nx < n and grid[ny][nx] and not label[ny][nx]:
                                label[ny][nx] = island
                                queue.append((ny, nx))
        best = max(sizes)
        for r in range(n):
            for c in range(n):
                if not grid[r][c]:
                    near = set()
                    for y, x in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                        if 0 <= y < n and 0 <= x < n:
                            near.add(label[y][x])
                    best = max(best, 1 + sum(sizes[i] for i in near))  # sizes[0] is 0
        return best

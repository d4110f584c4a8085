class Solution:
    def longestClimb(self, heights: List[List[int]]) -> int:
        rows, cols = len(heights), len(heights[0])
        best = [[1] * cols for _ in range(rows)]
        # Highest plots first: every higher neighbour's best climb is known when needed.
        order = sorted(((heights[r][c], r, c) for r in range(rows) for c in range(cols)), reverse=True)
        answer = 1
        for v, r, c in order:
            b = 1
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and heights[nr][nc] > v and best[nr][nc] >= b:
                    b = best[nr][nc] + 1
            best[r][c] = b
            if b > answer:
                answer = b
        return answer

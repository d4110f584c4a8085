class Solution:
    def twoCoasts(self, heights: List[List[int]]) -> List[List[int]]:
        rows, cols = len(heights), len(heights[0])

        def climb(starts):
            # Reverse the rain: from the sea, go to neighbours at least as high.
            seen = [[False] * cols for _ in range(rows)]
            stack = []
            for r, c in starts:
                if not seen[r][c]:
                    seen[r][c] = True
                    stack.append((r, c))
            while stack:
                r, c = stack.pop()
                h = heights[r][c]
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc] and heights[nr][nc] >= h:
                        seen[nr][nc] = True
                        stack.append((nr, nc))
            return seen

        north = climb([(0, c) for c in range(cols)] + [(r, 0) for r in range(rows)])
        south = climb([(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows)])
        return [[r, c] for r in range(rows) for c in range(cols) if north[r][c] and south[r][c]]

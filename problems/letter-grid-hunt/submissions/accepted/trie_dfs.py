class Solution:
    def huntWords(self, grid: List[List[str]], words: List[str]) -> List[str]:
        root = {}
        for w in words:
            node = root
            for c in w:
                node = node.setdefault(c, {})
            node["$"] = w
        rows, cols, found = len(grid), len(grid[0]), []

        def dfs(r, c, parent):
            ch = grid[r][c]
            node = parent[ch]
            word = node.pop("$", None)
            if word is not None:  # popped, so it is reported once
                found.append(word)
            grid[r][c] = "#"  # in use
            for rr, cc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= rr < rows and 0 <= cc < cols and grid[rr][cc] in node:
                    dfs(rr, cc, node)
            grid[r][c] = ch
            if not node:
                del parent[ch]  # nothing left to find below: prune the branch

        for r in range(rows):
            for c in range(cols):
                if grid[r][c] in root:
                    dfs(r, c, root)
        return found

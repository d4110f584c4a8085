# The trie search, but a word is reported each time a path spells it, not once.
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
            if "$" in node:
                found.append(node["$"])
            grid[r][c] = "#"
            for rr, cc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= rr < rows and 0 <= cc < cols and grid[rr][cc] in node:
                    dfs(rr, cc, node)
            grid[r][c] = ch

        for r in range(rows):
            for c in range(cols):
                if grid[r][c] in root:
                    dfs(r, c, root)
        return found

class Solution:
    def countPeacefulQueens(self, board: List[str]) -> int:
        n = len(board)
        full = (1 << n) - 1
        broken = [sum(1 << c for c, ch in enumerate(row) if ch == "#") for row in board]

        def place(r, cols, left, right):
            if r == n:
                return 1
            free = ~(cols | left | right | broken[r]) & full
            total = 0
            while free:
                q = free & -free  # the lowest free column
                free ^= q
                total += place(r + 1, cols | q, ((left | q) << 1) & full, (right | q) >> 1)
            return total

        return place(0, 0, 0, 0)

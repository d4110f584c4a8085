# One counter k: label k is in row k // n, read forwards in even rows and backwards in odd ones.
class SnakeIterator:
    def __init__(self, grid: List[List[int]]):
        self.grid = grid
        self.m = len(grid)
        self.n = len(grid[0]) if grid else 0
        self.k = 0                                        # labels handed out so far

    def next(self) -> int:
        r, i = divmod(self.k, self.n)
        self.k += 1
        return self.grid[r][i if r % 2 == 0 else self.n - 1 - i]

    def hasNext(self) -> bool:
        return self.k < self.m * self.n

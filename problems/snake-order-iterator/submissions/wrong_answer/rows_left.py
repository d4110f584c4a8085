# Reads the labels in the right order, but hasNext only asks whether a row is left: for a grid
# whose rows are empty it says true although there is nothing to read.
class SnakeIterator:
    def __init__(self, grid: List[List[int]]):
        self.grid = grid
        self.row, self.pos = 0, 0

    def next(self) -> int:
        line = self.grid[self.row]
        value = line[self.pos] if self.row % 2 == 0 else line[len(line) - 1 - self.pos]
        self.pos += 1
        if self.pos == len(line):
            self.row, self.pos = self.row + 1, 0
        return value

    def hasNext(self) -> bool:
        return self.row < len(self.grid)

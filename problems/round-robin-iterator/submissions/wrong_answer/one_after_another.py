# Reads the lists one after another instead of in turns: [[1,2,3],[10],[20,21]] gives
# 1, 2, 3, 10, 20, 21.
class RoundRobinIterator:
    def __init__(self, lists: List[List[int]]):
        self.values = [v for l in lists for v in l]
        self.read = 0

    def next(self) -> int:
        self.read += 1
        return self.values[self.read - 1]

    def hasNext(self) -> bool:
        return self.read < len(self.values)

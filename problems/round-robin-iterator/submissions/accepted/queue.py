# A queue of (list, position) pairs in turn order; finished lists leave it.
class RoundRobinIterator:
    def __init__(self, lists: List[List[int]]):
        self.lists = lists
        self.turns = deque((i, 0) for i, l in enumerate(lists) if l)

    def next(self) -> int:
        i, p = self.turns.popleft()
        if p + 1 < len(self.lists[i]):
            self.turns.append((i, p + 1))
        return self.lists[i][p]

    def hasNext(self) -> bool:
        return bool(self.turns)

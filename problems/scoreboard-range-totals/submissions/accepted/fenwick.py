class Scoreboard:
    def __init__(self, scores: List[int]):
        self.n = len(scores)
        self.scores = list(scores)
        tree = [0] + list(scores)
        for i in range(1, self.n + 1):  # O(n) build: push each node into its parent
            j = i + (i & -i)
            if j <= self.n:
                tree[j] += tree[i]
        self.tree = tree

    def _prefix(self, i: int) -> int:  # sum of the first i scores
        tree, s = self.tree, 0
        while i:
            s += tree[i]
            i &= i - 1
        return s

    def set(self, index: int, value: int) -> None:
        d = value - self.scores[index]  # an assignment: add the difference
        self.scores[index] = value
        i, tree, n = index + 1, self.tree, self.n
        while i <= n:
            tree[i] += d
            i += i & -i

    def total(self, left: int, right: int) -> int:
        return self._prefix(right + 1) - self._prefix(left)

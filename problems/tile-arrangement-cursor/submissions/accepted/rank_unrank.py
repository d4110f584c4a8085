# The cursor is just a rank: how many arrangements came before it. next() builds the
# arrangement of that rank letter by letter (an arrangement starting with letter c accounts for
# total · count[c] / length of the rest), skip() adds to the rank, remaining() subtracts it.
from math import factorial


class ArrangementCursor:
    def __init__(self, tiles: str):
        self.count = Counter(tiles)
        self.n = len(tiles)
        total = factorial(self.n)
        for c in self.count.values():
            total //= factorial(c)
        self.total = total
        self.rank = 0
        self.letters = sorted(self.count)

    def next(self) -> str:
        if self.rank == self.total:
            return ""
        r, total, left = self.rank, self.total, self.n
        count = dict(self.count)
        out = []
        while left:
            for c in self.letters:
                if count[c] == 0:
                    continue
                block = total * count[c] // left   # arrangements of the rest that start with c
                if r < block:
                    out.append(c)
                    count[c] -= 1
                    total = block
                    left -= 1
                    break
                r -= block
        self.rank += 1
        return "".join(out)

    def hasNext(self) -> bool:
        return self.rank < self.total

    def skip(self, k: int) -> int:
        moved = min(k, self.total - self.rank)
        self.rank += moved
        return moved

    def remaining(self) -> int:
        return self.total - self.rank


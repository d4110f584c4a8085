# Wrong: counts arrangements as if equal tiles were different tiles (n! of them, (left-1)! per
# copy of a letter). With repeated letters every arrangement is counted several times, so
# next() repeats arrangements and skip()/remaining() are off.
from math import factorial


class ArrangementCursor:
    def __init__(self, tiles: str):
        self.count = Counter(tiles)
        self.letters = sorted(self.count)
        self.n = len(tiles)
        self.total = factorial(self.n)
        self.rank = 0

    def next(self) -> str:
        if self.rank == self.total:
            return ""
        r, left = self.rank, self.n
        count = dict(self.count)
        out = []
        while left:
            for c in self.letters:
                if count[c] == 0:
                    continue
                block = factorial(left - 1) * count[c]
                if r < block:
                    out.append(c)
                    r %= factorial(left - 1)
                    count[c] -= 1
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

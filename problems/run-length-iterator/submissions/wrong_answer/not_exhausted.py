# When too few values are left it returns -1 but consumes nothing, so a later smaller request
# still gets a value.
class RunLengthIterator:
    def __init__(self, encoding: List[int]):
        self.counts = encoding[0::2]
        self.values = encoding[1::2]
        self.i = 0
        self.left = self.counts[0]

    def take(self, n: int) -> int:
        i, left = self.i, self.left
        while i < len(self.counts) and left < n:
            n -= left
            i += 1
            left = self.counts[i] if i < len(self.counts) else 0
        if i == len(self.counts):
            return -1
        self.i, self.left = i, left - n
        return self.values[i]

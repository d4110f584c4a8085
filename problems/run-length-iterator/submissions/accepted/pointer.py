class RunLengthIterator:
    def __init__(self, encoding: List[int]):
        self.counts = encoding[0::2]
        self.values = encoding[1::2]
        self.i = 0                                        # the current run
        self.left = self.counts[0]                        # its copies not yet consumed

    def take(self, n: int) -> int:
        while self.i < len(self.counts) and self.left < n:
            n -= self.left                                # finish this run, move on
            self.i += 1
            self.left = self.counts[self.i] if self.i < len(self.counts) else 0
        if self.i == len(self.counts):
            return -1                                     # exhausted, and stays so
        self.left -= n
        return self.values[self.i]

class PodiumCutoff:
    def __init__(self, k: int, scores: List[int]):
        self.k = k
        self.top = []  # min-heap of the k best scores so far
        for s in scores:
            self.submit(s)

    def submit(self, score: int) -> int:
        heappush(self.top, score)
        if len(self.top) > self.k:
            heappop(self.top)  # can never be among the best k again
        return self.top[0]

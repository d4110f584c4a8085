# Keeps the best k **distinct** scores: a repeated score is wrongly counted once.
class PodiumCutoff:
    def __init__(self, k: int, scores: List[int]):
        self.k = k
        self.top, self.held = [], set()
        for s in scores:
            self.submit(s)

    def submit(self, score: int) -> int:
        if score not in self.held:
            heappush(self.top, score)
            self.held.add(score)
            if len(self.top) > self.k:
                self.held.discard(heappop(self.top))
        return self.top[0]

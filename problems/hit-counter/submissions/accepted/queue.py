class HitCounter:
    def __init__(self):
        self.recent = deque()  # hit times, oldest first

    def hit(self, timestamp: int) -> None:
        self.recent.append(timestamp)

    def count(self, timestamp: int) -> int:
        while self.recent and self.recent[0] <= timestamp - 300:  # older than five minutes
            self.recent.popleft()
        return len(self.recent)

import bisect
import heapq

# The heap of feed heads, but skipTo also moves past the timestamps EQUAL to x (bisect_right,
# and <= on the heap's top): they should stay.
class FeedCursor:
    def __init__(self, feeds: List[List[int]]):
        self.feeds = feeds
        self.heap = [(f[0], i, 0) for i, f in enumerate(feeds) if f]
        heapq.heapify(self.heap)

    def next(self) -> int:
        v, i, p = heapq.heappop(self.heap)
        if p + 1 < len(self.feeds[i]):
            heapq.heappush(self.heap, (self.feeds[i][p + 1], i, p + 1))
        return v

    def peek(self) -> int:
        return self.heap[0][0]

    def hasNext(self) -> bool:
        return bool(self.heap)

    def skipTo(self, x: int) -> int:
        skipped = 0
        while self.heap and self.heap[0][0] <= x:
            v, i, p = heapq.heappop(self.heap)
            feed = self.feeds[i]
            q = bisect.bisect_right(feed, x, p)
            skipped += q - p
            if q < len(feed):
                heapq.heappush(self.heap, (feed[q], i, q))
        return skipped

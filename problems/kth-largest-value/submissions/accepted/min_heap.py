import heapq


class Solution:
    def kthLargest(self, nums: List[int], k: int) -> int:
        # The k largest values so far; the smallest of them sits on top.
        heap = []
        for v in nums:
            heapq.heappush(heap, v)
            if len(heap) > k:
                heapq.heappop(heap)
        return heap[0]

class Solution:
    def slowestPace(self, pages: List[int], h: int) -> int:
        low, high = 1, max(pages)
        while low < high:
            mid = (low + high) // 2
            if sum((p + mid - 1) // mid for p in pages) <= h:
                high = mid  # mid works: the answer is mid or slower
            else:
                low = mid + 1
        return low

# Counts floor(pages / pace) hours per book instead of the ceiling: a partly read book's last
# hour is forgotten, so the pace comes out too slow.
class Solution:
    def slowestPace(self, pages: List[int], h: int) -> int:
        low, high = 1, max(pages)
        while low < high:
            mid = (low + high) // 2
            if sum(p // mid for p in pages) <= h:
                high = mid
            else:
                low = mid + 1
        return low

class Solution:
    def fewestCancellations(self, bookings: List[List[int]]) -> int:
        kept, last = 0, -inf
        for start, end in sorted(bookings, key=lambda b: b[1]):
            if start >= last:  # touching is fine
                kept += 1
                last = end
        return len(bookings) - kept

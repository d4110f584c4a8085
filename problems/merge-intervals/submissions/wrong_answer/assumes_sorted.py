# Sweeps the intervals in the order given, as if they were sorted by start: [[9,12],[1,4]]
# swallows [1,4] into [9,12], and [[3,5],[6,8],[1,4]] misses that [1,4] reaches [3,5].
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        merged = []
        for start, end in intervals:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged

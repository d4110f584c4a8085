class Solution:
    def roomsNeeded(self, meetings: List[List[int]]) -> int:
        ends, best = [], 0
        for start, end in sorted(meetings):
            while ends and ends[0] <= start:  # rooms freed by now
                heappop(ends)
            heappush(ends, end)
            best = max(best, len(ends))
        return best

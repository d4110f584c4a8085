# Sorts by start and shoots at the end of the first van of each group, without moving the
# snapshot left when a van inside the group ends earlier.
class Solution:
    def fewestSnapshots(self, vans: List[List[int]]) -> int:
        count, last = 0, None
        for start, end in sorted(vans):
            if last is None or start > last:
                count, last = count + 1, end
        return count

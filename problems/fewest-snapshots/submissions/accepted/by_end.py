class Solution:
    def fewestSnapshots(self, vans: List[List[int]]) -> int:
        count, last = 0, None
        for start, end in sorted(vans, key=lambda v: v[1]):
            if last is None or start > last:  # not captured yet: shoot at its end
                count, last = count + 1, end
        return count

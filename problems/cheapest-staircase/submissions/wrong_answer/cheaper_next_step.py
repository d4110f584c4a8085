# Always steps onto the cheaper of the next two steps: a local choice that can cost more later.
class Solution:
    def cheapestClimb(self, tolls: List[int]) -> int:
        n = len(tolls)
        i, total = -1, 0
        while i + 2 < n:
            step = i + 1 if tolls[i + 1] <= tolls[i + 2] else i + 2
            total += tolls[step]
            i = step
        return total

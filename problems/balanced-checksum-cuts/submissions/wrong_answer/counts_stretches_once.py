# Finds the stretches whose XOR is 0 correctly, but counts one balanced cut per stretch
# instead of all k - i of them.
class Solution:
    def balancedCuts(self, tags: List[int]) -> int:
        count = {0: 1}
        prefix = total = 0
        for t in tags:
            prefix ^= t
            total += count.get(prefix, 0)
            count[prefix] = count.get(prefix, 0) + 1
        return total

# Backtracks in the order the parts are given, without sorting them: each combination comes out
# in that order rather than non-decreasing ([3,3,2] instead of [2,3,3]), and the early stop on
# a too-large part skips smaller parts listed after it.
class Solution:
    def targetCombinations(self, parts: List[int], target: int) -> List[List[int]]:
        found, current = [], []

        def build(start, remaining):
            if remaining == 0:
                found.append(current[:])
                return
            for i in range(start, len(parts)):
                if parts[i] > remaining:
                    break
                current.append(parts[i])
                build(i, remaining - parts[i])
                current.pop()

        build(0, target)
        return found

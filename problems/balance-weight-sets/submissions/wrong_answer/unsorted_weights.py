# Backtracks over the weights in the order they are given, without sorting them: each set is
# written in input order and the sets come out in the wrong order.
class Solution:
    def balanceSets(self, weights: List[int], target: int) -> List[List[int]]:
        found, chosen = [], []

        def build(start, remaining):
            if remaining == 0:
                found.append(chosen[:])
                return
            for i in range(start, len(weights)):
                if weights[i] > remaining:
                    continue
                chosen.append(weights[i])
                build(i + 1, remaining - weights[i])
                chosen.pop()

        build(0, target)
        return found

class Solution:
    def balanceSets(self, weights: List[int], target: int) -> List[List[int]]:
        w = sorted(weights)
        found, chosen = [], []

        def build(start, remaining):
            if remaining == 0:
                found.append(chosen[:])
                return
            for i in range(start, len(w)):
                if w[i] > remaining:
                    break  # sorted: every later weight is heavier too
                chosen.append(w[i])
                build(i + 1, remaining - w[i])
                chosen.pop()

        build(0, target)
        return found

class Solution:
    def countStretches(self, birds: List[int], k: int) -> int:
        def at_most(m):  # stretches with at most m species
            if m <= 0:
                return 0
            count = [0] * (10**5 + 1)
            kinds = left = total = 0
            for right, b in enumerate(birds):
                count[b] += 1
                if count[b] == 1:
                    kinds += 1
                while kinds > m:
                    count[birds[left]] -= 1
                    if count[birds[left]] == 0:
                        kinds -= 1
                    left += 1
                total += right - left + 1  # every left end from `left` to `right` works
            return total

        return at_most(k) - at_most(k - 1)

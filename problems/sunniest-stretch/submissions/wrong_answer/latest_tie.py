# Replaces the best on an equal total too, so of several equally good stretches it returns the
# last one, not the first.
class Solution:
    def sunniestStretch(self, energy: List[int], k: int) -> int:
        total = sum(energy[:k])
        best, answer = total, 0
        for s in range(1, len(energy) - k + 1):
            total += energy[s + k - 1] - energy[s - 1]
            if total >= best:
                best, answer = total, s
        return answer

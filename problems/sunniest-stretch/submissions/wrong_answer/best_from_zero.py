# Starts the best total at 0 instead of at the first window's total: when every stretch has a
# negative total none of them beats 0, and it returns 0 whatever the best stretch is.
class Solution:
    def sunniestStretch(self, energy: List[int], k: int) -> int:
        total = sum(energy[:k])
        best, answer = 0, 0
        if total > best:
            best = total
        for s in range(1, len(energy) - k + 1):
            total += energy[s + k - 1] - energy[s - 1]
            if total > best:
                best, answer = total, s
        return answer

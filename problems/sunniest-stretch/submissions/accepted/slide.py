class Solution:
    def sunniestStretch(self, energy: List[int], k: int) -> int:
        total = sum(energy[:k])                           # the window starting at 0
        best, answer = total, 0
        for s in range(1, len(energy) - k + 1):
            total += energy[s + k - 1] - energy[s - 1]    # slide one hour to the right
            if total > best:                              # strictly: ties keep the earliest
                best, answer = total, s
        return answer

# Keeps readings (not indices) in the deques and drops equal readings from the back, so a
# deque holds one copy of a repeated reading. When the left end leaves a reading equal to the
# front, it pops the front, though a later copy of that reading is still in the window.
class Solution:
    def longestSteadySpell(self, readings: List[int], limit: int) -> int:
        highs, lows = collections.deque(), collections.deque()
        left = best = 0
        for right, x in enumerate(readings):
            while highs and highs[-1] <= x:
                highs.pop()
            highs.append(x)
            while lows and lows[-1] >= x:
                lows.pop()
            lows.append(x)
            while highs and lows and highs[0] - lows[0] > limit:
                if highs[0] == readings[left]:
                    highs.popleft()
                if lows[0] == readings[left]:
                    lows.popleft()
                left += 1
            best = max(best, right - left + 1)
        return best

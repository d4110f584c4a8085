class Solution:
    def longestSteadySpell(self, readings: List[int], limit: int) -> int:
        # highs: indices with decreasing readings (front = window maximum);
        # lows: indices with increasing readings (front = window minimum).
        highs, lows = collections.deque(), collections.deque()
        left = best = 0
        for right, x in enumerate(readings):
            while highs and readings[highs[-1]] <= x:
                highs.pop()
            highs.append(right)
            while lows and readings[lows[-1]] >= x:
                lows.pop()
            lows.append(right)
            while readings[highs[0]] - readings[lows[0]] > limit:
                left += 1
                if highs[0] < left:
                    highs.popleft()
                if lows[0] < left:
                    lows.popleft()
            if right - left + 1 > best:
                best = right - left + 1
        return best

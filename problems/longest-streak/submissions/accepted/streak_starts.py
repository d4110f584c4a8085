class Solution:
    def longestStreak(self, nums: List[int]) -> int:
        values = set(nums)
        best = 0
        for x in values:
            if x - 1 in values:
                continue  # not the start of its streak
            y = x
            while y + 1 in values:
                y += 1
            best = max(best, y - x + 1)
        return best

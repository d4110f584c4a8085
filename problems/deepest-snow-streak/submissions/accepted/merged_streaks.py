# A stack of (depth, streak) with strictly falling depths: shallower-or-equal mornings are
# merged into the streak of the morning that outdid them. O(1) amortised per call.
class SnowStreak:
    def __init__(self):
        self.stack = []

    def measure(self, depth: int) -> int:
        streak = 1
        while self.stack and self.stack[-1][0] <= depth:
            streak += self.stack.pop()[1]
        self.stack.append((depth, streak))
        return streak

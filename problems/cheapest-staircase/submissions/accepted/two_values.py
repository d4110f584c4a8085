class Solution:
    def cheapestClimb(self, tolls: List[int]) -> int:
        if len(tolls) == 1:
            return 0  # jump from the floor straight to the landing
        a, b = tolls[0], tolls[1]  # cheapest totals standing on the last two steps
        for t in tolls[2:]:
            a, b = b, t + min(a, b)
        return min(a, b)

# Greedy: always pops the dimmest lantern still hanging (the leftmost of equals).
class Solution:
    def maxLanternPoints(self, lanterns: List[int]) -> int:
        row = list(lanterns)
        total = 0
        while row:
            i = row.index(min(row))
            left = row[i - 1] if i > 0 else 1
            right = row[i + 1] if i + 1 < len(row) else 1
            total += left * row[i] * right
            row.pop(i)
        return total
